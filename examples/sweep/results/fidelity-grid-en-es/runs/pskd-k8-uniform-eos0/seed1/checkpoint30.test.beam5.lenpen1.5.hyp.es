Si el botones ago no debería ser un pregado en un pres
Interizarpes depes depes
no se pudo crear archivo '%s'
El dominio a la dominio en o dominio NULLLLLL
%s no puede aplicaciones a una función
se descarta
problema '%s' a '%s': '%s': %s
-n, --verbose, --verbose muestra las de las aplicaciones de los espacios de los espacios de valores de papas
no se puede usar la expresión de subtííía en la expresión
Dasemisbles «res»
El archivo de se ha sido cambiado
(unadicitativo)
Excionionioniones
tipo inesperado `%c' en el tipo precicación del tipo
Error al tras %s: %s
plantillazado de proceso
validación de firmas de datos de datos
%B: %#Lx: aviso: aviso: símbolo en sección de sección
no se puede crear el fichero de fichero %s
AdededeARCH en pagado
Error al analizar el tipo de %s: %s
la especificación de ref «%s» no es '%s'
Mon-hershersos
base de datos %s
No se puede lladano
la clase de binario no válido
Por favor por seleccionado de claves de claves de claves:
--corcar un nombre de rama
Establecer la mientras miempla de nuevo clúster
CRS, República de SRoviza de Sotaliza
Indica si se deben la líneas de líneas de word, se hanues word otratratratrados de líneas de la líneas
Cashoras para la claveshhora (fashhhhhas)
Teecizar el servidor Xdo del servidor
Cdrom con Ubuntu 9.10 «Kamáááá Kamaliza 10
Tawiano
la opción -s opciones -CA||-cusetrlelelección de las ntatatatas ntas ntas n usar usars de opción -ciones des des de opción -as de opción -CH y -tttt-t-cioniones de opción -CCH son pueden ser usa usa usa usa usadas-ciones de opción -C'
Mover un fichero o un directorio, o dimy, o se un fichero
Nonexistiza la dirección de la dirección de dirección
Panama Zano Z)
El número de carpetas de las caturización del bloque.
Vechos
Tipo de formato de formato en -mintizados en -m, -d multiportalalal, -m, -tizados, -a un nombre de caracteres; -t, -tiza un formato -tizado
el archivo no es disponible, pero no se ha compresión de compresión de compresión
Cololols y pidgingines de la base de bases
línea de línea no válida de línea %s
no se admite la cruió todos todos todos los URLs de cos
Inimiza a :
Apendr página en la salida IN de INODDG
Sección [%2d] '%s': hash para el índice de símbolo %zu
No se permite el carácter de caracteres 'c' en el valor de 'str'
destino
Cfatizo
core y cambios en el longitud de 32 bits.
sparse: filosiltros se han ser turipros
No se hacuizado el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BROUF, pero el símbolo de sección de sección de sección .guee
operandos de tipos no puede especificars en el tipo
inicia_pepizo: pg_trá pg
no se pudo encontrar el primero GSMST
Cacción: --ad=HHHHS con con con --asistemistes
leer la ruta de especificación de archivo
no se pudo iniciar el inicio %s
No se han ser «or» en la fecha de «ok» en el URI»
Modo de empleo: %s [opd(s) [rd) [rd)]
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INT_ONFIT_ONFLAP %s
No permitir una definición de los símbolos de los nombres de ficheros en -vos de ficheros en -vos en -vos por ficheros en el ficheros en el archivos en -vos en el archivos por ficheros des des por ficheros en el archivos en el ficheros por nombre des por símbolos en el ficheros des des des des des en el fichero des por ficheros des des en el fichero des des por ficheros en el archivos de configuración o o --mmonos en -vos en -vos
la opción --no-list-do-stas requiere --setinsosos, --sertrosum-s
clave %s: la clave «%s»
el índice de versión %d
Se especificó una protocolo de protocolo
Francés (al.
Recasecar los ventanas de un ventana
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de iminados para el valores de «k».1».
'%s' existente «%s»; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Maliza de encabezado de encabezado:
--no-mod-modifizados en el modo de ratizado en el modo de «s»
Saltizados en el polol de la polal
no se pudo actualizar la HEAD o HEAD «%s».
-min=ARCHIVO> Establece el tipo de 86, 8 para 86, 8.
<label>
Se esperaba un argumento de argumento
Tipo de %s no implementa en el coras en GIconconfasos
falló al analizar %s
Max Tax
la instrucción no admite el modo de la dirección de dirección
abortando la transacción de abortado
kipipizado: %lu
no se admite la orden '%s'
El número de registro a aclue el hijo
sipización de WAL (LSN) %X/%X que que se debe ser mayor que %X
el argumento %s no es un directorio
tipo no reconocido: «%s»
El respSP no es válida
Cdrom con Ubuntu 8.10 «W»
Marcizando %s
discimimiminas de cero
El inmediato está fuera de límite para 065555
-ferxil debe ser usada con -arshard
Macintos depurado-DDDDe a a los archivos
%s requiere un valor de un valor
Lista de la opción XKB
se han escribir el mismo mismo registro de registros
%B: número de reubicación de reubicación no válida: %d
kacuiza2
-X, --exclude-fororizados de la listas de cortizados de la listas
tipo: %s
desión de %s a %s
la clave %s de clave %s no utilizar un hash (%zu)
abortó el asignado de asignación de lectura
la instrucción requiere el índice
debe ser un archivo de sparse-check-checkout a una reparitamente a través de tientes tizada
el tablespaces para el tablespace %u no se pudo eliminar %d
--scción <size> Establece el tamaño de la pila en el tamaño de pila
el índice se deben usar el índice de fijos en el índice
atención: %s contiene un puntero
«CCSP» reperrón de '%s'
el valor de campo «%s» fuera de rango: «%s»
define un nuevo nuevo de operador de una familia
no se admite la sección de sección en %s: %s
Incorasexe_ardardarcusasaso (por defecto).
Internalal: error de errores: «%s».*s»: «%s»
Datizado aborta.
Bulcersas
Aporación de documentos
la sección de sección en grupo [%u]
refshor_opcionesopciones>]
%s: no se haviado unavisión de %d vid de cas
Versión: %s
Vietizados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
La etiqueta no deben un «o entre s» slalalas/s/s/s/s)
Error de Siza SDDD
-, --help[[[[opciones] muestra este árbol de ayuda]
Vertica de Ajustes
Símbolos por una instrucción para una instrucción
no se puede eliminar el vie de la ca «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar RDAE en la lista de secreto «%s»
valor válidos para la opción '%s': '%s':
Cololcaránicas de «lls» ackkk»
el husegense no está soportado en este pororor
Mo un vítRCTPCT en un verden
No se permiten símbolos de símbolos en la sección de sección
Define el número máximo de los números de la multivamente.
Modo de empleo: %s [NOOR] [NCCT] o bien: %s...
desacar_limita
el archivo «%s» contiene un fichero NUL no tiene una cadena, en %s
el cliente no válida SSLASLe a memano
carácter inválido
Establece Establecer PRGO como un enlace de enlace de enlace añal
@%s no es un reubicación.
Generar mensajes de mensajes
%s: esperaba un directorio desconocido
(fixfixfixfixación y revo "gitgit")
redo no es re sido
CPR (pizizados (comprimido)
las funciones de agregación no pueden usar un argumento de %d
%s de necesito un parámetro
Debutilización de la sección; evidizar la sección .bbbb
Dirección de la tabla:
Usadus (Piza, NU, NL)
El cambios acar el repositorio
<uno>
--entryentry <cetifica de caracteres de DLLLL
cambia la definición de un texto
no se puede recezar el iniciar %.250s después de s
error de sintaxis de sintaxis no es un elemento `%s'
Aplicar cambios por commits por por commit existe por commit
Los valores son ser entre "%s" y «%d.
no se encontró ningúns
el tamaño de objetos
Menso de nivel de nivel 55
ATENENCIÓN: no es una clave de confianza con ! con la clave!
y nuevo pg_control_data máximo no coincide la relación o no son válidos o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar los tipos de datos de valores de valores de omisión
Tempo de asignarior de asignar '%s'
El primer primer primero de la ruta de la ruta estilió un conflicto
Define el desplazamiento entre segmento de trabajo y segmentos y segmentos y segmentos
relación «%s» ya existe en la relación «%s»
Las opciones -l y -dicados. El archivos de traduye en el nombre del fichero de subtiententes.
no se permiten configurar la función de función de función de funciones de registros en la expresión
Kuria (Suiaia, Fia)
«orororizar
Establecer el tamaño de la tabla de NMUBOOOER>
Si se quiere quiere dimiento de WAL, o el directorio «%s».
|padusit-log-recultultados
(nlelele: %u)
ATENCIÓN: permisos en el directorio de permisos en el fichero '%s' en el fichero '%s'
El valor de es un paquetes
-mno-[%s] -1/sisisistérables/sisistete
Cahat
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionales para pero el formato del formato del fichero .lulus'
Laio
%s: fin del fichero de entrada cuando se leí de entrada
contador contador no puede ser null en FETTICTITITIITIDDDDD
\pset: la columnas de la líneas de la líneas de la columnas, s
No se pudocomendendie para este elemento.
-d, --dbname=BDAAE base de datos «%s» a la base «%s»
no se esperababa un contexto de contexto de contexto de contexto de contexto
%B: preclalase de reubicación %s
un dirección de la dirección de destino
El firma es un servidor es una FORG.
el ordenamiento «%s» no existe para «%s»
Misteciendo comparararararararararar al bues.
%s MiB de memoria es la memoria es %s.
|VUE|use la clave de pol de claves para una clave
cancelado por por usuario
Kus Kusos
el índice es demasiado grande a word
República de Nerrigera
Exciendo caracteres de caracteres de argumento
el nombre simbólico con el valor simbólicos que no pueden usar un `pististe...
-P de la contraseña de la contraseña de registros de registros de registros de servidor
Alemán (Buno es creado en el conjunto de zada)
puntero del registro de registro ZZZ
.endient sin un preciente con una directiva .ente
Runadito o pg_pg_backup para los datos.
Darar: Error inválido: o bien: 0x o %#d
%s ya explícitas de nombres de archivos de archivos y y y s
spipizados en esta instrucción
símbolo%d
-32 el fichero de 322 -2 no se crea el fichero de objeto bit
OPR_RR (secicatééééés)
el modo (%s) no coincide con el modo de %s)
en nombre de nombre, el nombre: %s.*s
[ARGARGS
no hay sección .cn en el segmento de sección dinámica
Necesita autenticarse para muestra los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <fichero> en el árbol de trabajo de trabajo «or»): «re»
ONN con ONFITLICT no puede usar la tabla que se pueden usar con UPDATE o UPDATE o UPDATE
[A] pila]
no en las argumentos para el cursor «%s»
Tipo de símbolo %s en %s
columna «%s» conflictos» conflictos en valores
procido_recue
%X%P: no se puedenn: %s en %E: %E
INPTTAA archivos ...
no pueden usar los grupos de grupos en ne
%B: utilizar «%s» de la lista de campos (%#_#)
se debe especificar la ruta((s) rees) rees) res)
%X%P: la sección de sección %s no está en la dirección %A.
(inima de claves) %s
Fundado en esperaba en la corrupupupado.
--%s toma las argumentos de argumentos de argumentos (bados.
Esta orden no se permite un modo de código de %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con concul en el modo
conectar a la base de datos «%s»
-h, --humumano de la salida en la salida
se esperaba un mensaje de mensaje de mensaje con mensaje word
No se encontró instrucción
Runas en modo no ser modo de modo. Mlááánizados.
las opciones de SP: --apuamushashas
Merta de la de decerción
.DEFAULT_GOO contiene un objetivo que contiene un objetivo de destino
Miana de Mana
Francés (Deva)
no se puede utilizar un valor de datos para el valores de «os».
%s: gmona. Usona de fichero.
iniciando el inicio de inicio en %X/%X (los)
No se encontró ningún encabezado XM
64-bit SIMDAMD o coma flotante o coma flotante de precesión de registro
Tipo de nizado VAA zánizados de fichero BSAS
codificación de codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla GDDD
Este «sitititititita de versión y %s ya de versión.
Qualización:
no se pudo generar un código de código operacional para el ramezado
free: el tamaño de inicio de inicio y el tamaño de diferencias
Establecer Establecer las
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (create)
SH_W_LY_LSUUUUUUUd resultado de la consulta de la consulta de la consulta (S)
Este etiqueta o «s», o biens «s» y «se», «s» y «secualalalalalales.
no se puede usar la instrucción con instrucción
las %s no se pueden ser un junto: %s es un %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada.
establece en la rama de cuando seña a la ramas
Aujo de paquetes en el repositorio para el repositorio de timiento.
Resulando GIIF tiene tamaño cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCO código para el código de ensamblador
%B: no se pudo crear el tamaño de memoria compartida para %#Lx de %#Lx de %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firmas
Necesita autenticarse para quinaráánaráne y la imagen de «group».
Tipo de tíciones de YML
Palando fichero '%s'.
Por favor en el número de componente a la componenteas:
Sintén no tiene una orden des.
República de Guado
No hay rguno (Sundic/7)
definición de mensajes
Brien paquetes
STC_NOPR (PS) en el indiquequequequequequequequed)
Replicación de /endimendien
Muntado como tizo téntado
no se puedever una columna %d de columnas en la columna %d
formato inválido
el directorio tiene directorio de entrada %s (30s) 56 507 y 506=07)
El número máximo para el número de retorno_tornotiment_tient_ent_ent_rese()
%s Exión:
ignorar refs que coincide con <papapa>
Crinidad ya ya detrino
rango
3-bit fuera de límite
-f, --duse=IL=STENSI la líneas de los campos de la líneas que -t, peros de la líneas de la líneas de la líneas de la líneas de las de opción -S; -fort, pero opción -SIT, pero opción -v, pero opción -v, pero opción -t, y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y y ya las des de líneas de líneas de la líneas que -fo opción -fo opción -fo opción -f, perosego opción -fego opción -vo opción -vo opción -fo opción -fo opción -fo opción -fo opción -f,
no se puedever las corrrpes
Ordusezados:
Gutención de Grerereckl
de_mite
stat procedido el nombre de nombre (no (no)
la definición de una lista de columnas es un nombre de la función como de la función compo de tipo
analizar las opciones de destino %s para %s
valor de claveso de la clave «%s» en lasina «%s»
Activartable
Los opciones y la salida de salida:
tablectables
Reserverd para utilizars (pend)
tiene reubicación %zu equivocado %zu
splitInexcerxexerxerxe la 0 y el valor entre 0.
respononononp (sonononononons)
buso: expaga de tokens
debe ser el dueño de texto de la configuración %s
%s no se admite el modo de MIPS
Error de longitud de la cadena de la cadena de cadena.
Anujo y Abudas
sólo se puede utilizar un elemento «%s» para el bloque «%s»
-n, --num-num-o PID-por defecto, -s -t, --c, --portipor defecto, --so PID, --s en el nombre de PID, PID, PID, PID, PIDs en lugar de PID, PID, PID, PID, PID, PID, --segutient, PID, --ne -ne -ne la salida PID, PIDs en lugar de PID, PID, --s, --s -negutipportient, --s -negutippportipor defecto, --s, --s, --portiportipor defecto, --s, --c, --por defecto, --seportient, --s
LAME «t» de imagen de imagen
no se pudo encontrar el ID de bloqueo %d de archivos en el archivo debos, no se pueden aplicado en el fichero des des des des des des en el archivo des des des des des des des des des des en el archivo no se pudos en el archivo des des des des en el archivo des des debererizar el archivo des deberererererererereros des des des des des des des des des des des des des des des des des des des des des des des des des des des des debosos debosos debererererererererererizado
documento de Pocketado de documento
Ser el fichero muizado: %s
No se pudo definir el fichero de fichero de fichero %s
se recibió el archivo de datos «%s», cuando se «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error: %d
%s: valor de campos para el campo «%s» no debe ser grande
Sobusosho
pack de paquetes
Crear tras(es) añas)
No hay candidatas que no seguizar un ref que que que que seguínitado.
se ha recibir las datos de datos GSSSSSSPIP en encionado
tiempo de tiempo
No se ha sido un ref remoto no existente %s en la configuración de actualizar las.
Regalalal
no se pudo copiar el árbol de trabajo '%s', ténaránarás en la pantalla de Git
las «%s» no puede ser menor que el registro «%s»
No se encontró ningún elemento
No se puede dur/padrrrizar de «s»
-E, --enen=COENAOO para las base de datos de datos
Sección [%2d] '%s': no se puede obtener la sección de contenido de sección
\eech [-n] [-ne la salida de la salida de la salida (no-de) para la salida)
Necesita autenticarrse para cargar a la función de carga.
el array debe ser un array de array debe ser unidimensional
No se exalalalalal
CKids
no se admite la entrada de entrada de entrada de entrada de entrada
Critados apapapadados. Crágarágados que se deben ser ser a una cadenas de una cadenas.
Si debe ser un símbolo o o la función.
Ubuntu «2.0recistrecisisistinin»
Tipo de protocolo de protocolo de protocolo %d pero %d
Indica si se deben especificarse deben deben debe mostrar los widget
Clas CoraG
Espro en 4
.COMMMononona (%lu está fuera de rango
CT_LT_DDDL (L) en la ubicación ubicación de ubicación
No se pudo socketr el socket de dominio «%s» y demasiado grande)
%s tiene la función %d están disponibles %d pero la columnas
Muestra un carbario para el botones de los botones de la cabosión de llo
Si es no se han usar la claves de clave.*s en el usuario.*s en el ID de usuario.
Forruera del hijo
Runa de la orden de comando:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no es posible encontrar los archivos de commit-graphs archivos
Error al cargar la icono: %s
FOREACH de array
--sión de replicación no puede ripiza de replicación
Campizado de índice des en el índice
Quizado de salida («ar»).
Xnitos
Mistén mal mal mal mal mal mal formado
el fichero `%.250s' está corrupto -táááááácica %d)
Diibiiiiza
Tomonmonsonsos
agregarr el tamaño de la dirección de tamaños de tamaños de tamaños
Aplicando: %.*s
El valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción de la opcións
Celísticas
shell
terminación de entradas de entradas NL
no se pudo reconoce el directorio para el directorio de trabajo %s
En la instrucción número %u, se puede un nombre de campo '%c'.
Caráfados por por por por porquete
--no- replicación no puede eliminar en la replicación de replicación de replicación
el hijo y el hijo con el error %u
ubicación de ubicación
No se pudo crear el nombre del directorio. Por favor en el directorio. Por favor en la línea de la línea de la línea de la línea de la líneas en el nombre de «por»
emplea -mcpu=arm662
error en el archivo de cache '%s' para el archivo %s: %s
tiempo de zaseza de la fecha de rango
y pímen_cuizasos: %s
-F, --format=F' para formato tiza o «s», tizacacualalalalalalalal, «s», «s» (por», tizaciza el tipo «F, tizacizac, «F, s», s», «Fior», s», «Fizarioioioioioioioioioios», trizar el fichero fichero fichero fichero ` ` ` `horac' (s', tizac' (pororor defecto, rac' y `hhhhhhhorazar formato formato del fichero fichero fichero fichero fichero `hhhorac' (pororororora
Dabase: %s
archivo fichero de fichero
Alemán (aduca un graducu)
no se reconoce la tabla de retornizar la tabla %d: %d
Fontés de «st»
Oimanano
<%s> ya existe existe existe existe
%u «0s». Sregu página de índices de índice.
Be una clave es una claves cuando es una claves
Modo de empleo: %s......
Mostrar símbolos de símbolos definidos por símbolos
sipizar todas y todos los cambios comos comos como
No se puede crear el símbolo %s: %s
\guizado no es un número de usuario, o ratizado o o o o o o ratizado, o o «rat»
za NOMBRE comando ficheros de «NOMBRE» para un archivo
código operacional de 26-bit
Replicación de /plicarizadas
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el servidor «%s»: %s
no se pudo crear las restricción «%s» de restricción «%s»
nombre
muestra la rutas con la rutas
no se reconoce el parámetro de parámetro «%s»:
%P: NOMBRE no debe ser vacío; se puede ser vacío; se cuando el conjunto de cadena de cuando %p
el cursor «%s» no soporta una tabla «%s».
Idinta (intés, teclas teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'git rebase
%s requiere un archivo de base de datos o un archivo de texto.
Vewwiza no estizar
ONONFICLF no está soportado en una tabla «%s»
%s: -ZO reLinux -n activados
%B: número de reubicación de reubicación no válido030
el directorio de datos de datos
%s: no se pudo definir el pososososos
No existe la sección de sección de la sección de la sección de la sección.
NT_VM_GSASMT (AMy) tabla de nombre)
falta el .end para .func
no hay mape en la terminal a la terminal a %s [%s] [%s]
Fáásojo
No hay expresión de expresión regular
protocolo
Arpapapagado
Noneso
ONONTTTT sólo se pueden usar la tablas temporales de tablas
no se puede abrir un bfd de bfd en %s
Saburibrado
%s: falló
Fuén comobros de coloro un Gall) Gdk)
procedido el parámetro de OTUT no se pueden un valor de «T»
eval: máximo segualidad máximo de nivel excalal)
Tabbbujo
[interterterterterizado en la interizado]
Necesita autenticarse para toda.
no se puede copiar los datos de datos de datos para el «%s» a %s»
No se pudo cargar el archivo de cargar el archivo «%s», no se pueden aplicaciones «s»
%s prepend-ende en %s
se esperaba un nombre de nombre «%s»
no se encontró un directorio «%s» en %s»
no se puede usar un índice de índice «%s»
%d bit-graphgraph de registro
emplazacexe las dentro de «cleanup»
No se admite ningún no está soportado, «imimim». %s.
la secuencia «%s» sólo puede usar una columnas de columnas
--recenena lafer de los símbolos de cada ficheros) -f, cada ficheros (por defecto, cada ficheros)
sennntado
%B(%A): no válido
Este algoritmo para el algoritmo de «s» a lasshalalalal de búsqueda.
reserover («candancand) o nombre)
Aplicación de salida
Las columnas de la columnas de columnas.
-q, --quietquietquiet muestra el cada elemento
Mó tipo de tipo
falta lasión de CT_REL para el fichero deREL
el sistema es una base de datos a una conexión de datos
nombre de macro no válido en la ruta de biblioteca: %s
Su contraseña: %s.
no se permite una lista de registros en la lista
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un punto de la cadena de una cadena de como
%s: ABI mientras se enlazar con módulos con módulos: %s
Indica si se deben recibir los contenidos existentes
No se admite ningún 5sea de 5s
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de línea de línea
Exporta de SBMOL a tablas
no se pudo escribir al programa: %m
Indica si se deben deben debe ser «momos»
Su cambios locales a los archivos de archivos que senitosión: %s o el commit.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear un directorio des de usuarios des des no pueden ser usuario.
changando permiso permisos de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir «s»: %s
No hay símbolos de símbolos: «%s».
opción inválida «%s» no válida: «%s»
Oribime la clave para la clave «%s» y el archivo «%s» ya en el archivo «%s» ya en el archivo «%s» ya en el archivo «%s»; el archivo «%s».
no es válido para el nombre «%s»: no puede ser un «s» (por»)
-p, --port=ORO la base de datos de datos (port): «%s»
--statatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables de variables «%s»
no se pudo crear la CRL '%s': %s
Verificando los usuarios de usuarios definidos definidos definidos de usuarios
`Els' no válida
Sección [%2d] '%s': referenciado en la tabla no es es es válido
versión del array: %u
%s: Dirección del nuevo está nuevo está nuevo
«0» debe ser un «RRRRR»
sección: 0x%08x%08x%08x%08x%08x: 0x
deber perosososos
no se pudo remendimendimendada
No se puede «ininin» a un servidor de dominio
%B(%A+%#Lx): error de error: %s
Indica si se deben recibir el grupo de grupo cuando el grupo de grupo
Proxyyetizar las: %s
guale: '%salalalalalal '%s'
La tabla %s requiere una expresión
Desistado desconocido
no se reconoce un valor de agregación para la función «%s» para una función «%s»
Falló al abrir la conexión conexión a un submito: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en su lugar.
error al cerrar la definición de la función «%s»
el fichero de codificación de codificación endian-endian
Líntar de texto en el texto actual en el texto
Locación de archivos DHH.
%s: IC: ICFguización %s(s)
define una función de agregación
Encación de archivos
no hay archivos archivos de índice.
Autos existentes; el nuevo nuevo nuevo clúster.
Revisandos aplicaciones des
elVERSION %d.%d
Indica si la pantalla es un número de subumen, en este número de la posición del puxííínientes
%B: fichero mmo inválido para el fichero de nombre de archivo de fichero %d no es válida
No hay claves (Mizanana, no seshashas)
no se pudo desizar el cuando se encontró '%s' en '%s'
el servidor de inicio de servidor de WAL en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Zizar el nivel de nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Define la salida del byte.
-mend, --[, --s[rgus[r-prefix=las] o «s» o ««s»
El firma estrategia de clave.
socket de socket
atención: la línea de línea no es reconocido: %s
República de Gahano
El nombre de cadenas argumentos a las argumentos en el nombre de argumento ya de argumentos en nombres.
falta las aplicaciones (asum)
%F%P: bfd_cococoxff_xyy_port_de: %s: %s
sv_fi_ldepura para el formato del campo «%s» (S)
Número de UID/S_paga está disponible en el rango %d) -SY_STY_S)
no se puede ejecutarsecuse «opt» para «root» root»]
leyendo '%s'
No se pudo renombrar la ca %s a %s
(intern utilizar para git-reres)
El valor de la variable de las de las de la ejecución. SExiste el usuario y INIPIPICT, INICEID, el usuario.
error al establecer el timestamp de la 5s'
%B(%A+%#Lx): reubicación CRM+++%#Lx no es válido
el símbolo de símbolo «%s».*s» no es válida
no se pudo finalización del archivo «%s» en el archivo «%s»
de orden de fuente %d
República de Acción dección
mal valor de configuración '%s' para el submódulo '%s' en %s: %s
desconocida: desconocido:
El servidor del servidor de servidor de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se han recibir los datos GSSSSSSSSPIIP en la resión
No se admite la reubicación %s
Error al establecer el tipo «%s»: el tipo «%s» pero no se obtuvo se obtuvo «%s»
leyyy-directorys de padddens en <papapas>
valor de fracción fuera del rango
No se pudo obtener los atributos de ficheros de «%s»:%s»:%s
-e --output-cexe <nombre> en el fichero de los fichero.
Ecacapepe no debe ser un carácter.
`%.*s' ya está definido en el retototo de rererereto
corruptos de la función de memoria compartidas en %u para la memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Excue como argumentos comando comando o ARGsistetex, ARGnizar.
debe especificar un lista de la lista de caracteres, o o campos, o campos
usando usando usando usando usando
no se pudo analizar HEAD
no válida de nombrese «%s»: «C»» (pin») en el nombre de den)
problema de inconsistencia %s en fuso: %s
Cario (BraBil)
.tag' en el objetivo no está definido
Crrriento Color
No se ha podido cuando se hanuizados de la versión del «E», «E».
Secacción de encabezado %u+++%x): 0x%x)
la opción de la opción no debenestablecer el nuevo nuevo nuevo nuevo nuevo
no se pudo codificar la cal
No se han detector_ $ $ $_il
--usasaza las a las columnas SSSARRRRRO_dexxx.
Actualizando
-t --mp-fijo <fijo <fijo <nombre> para <nombre> en el nombre.
la versión de datos de datos
%s: «%s» o *.*s» ya en %u definidos: %u: %u
no se puede reindexar la base de la bases de datos en un mismo
valor %ld fuera de byte fuera del rango.
leer el índice des en el índice des en el índice>
--war-cccatizar archivos CDDDD
tamaño .bs tamaño %ld !
Opciones de salida:
%s sólo puede invocar una función de un disparador «ltrltrlt»
Interminininados
%F%P: la opción de opción %u no reconocido: %s
Por favor con la codificación fijo de las comproros/pros/.
Suita al área de trabajo4
Animona de Dostas de Pominina
no se pudocceptccept como contexto GSAPIn contexto de seguridad
%s: autenticación de asignación de asignado
valor de parámetro «%s» para el cursor «%s»
cuulazando de banasanas
paseguse
identando extensión de extensión
Aún código de fuente
armorora: %s
Ppeseses=RIPITTTTTT_APRRRRRRRRRAPIP]
-a, --text muestra los archivos de texto
Usafazar el repositorio de la orden y fichero de orden y ficheros
Sección [%2zu] '%s': referencia de enlace inválido
-%s opciones o -o
la relación «%s» no se pueden crear el disparadores
Incex: %d: %d
Maliza de encabezado: %s
abilica, Tiza de izizado
%B: símbolo de símbolo «%s» no reconocido 0x%x
%X%P: problema de recorrido de estadísticas de %pB después de %pB
número de rónico (%s)
creación del sistema no está soportada de sistema no soportado
«%s» inválido
el algoritmo seleccionado no es válido para el algoritmo inválido
extensión de extensión 16-bit
proceso hijo con estado de estadose no reconoce %d
PCCS##7
Francés (BOROROROR)
# No se puede establecer la variable de de la variable de deión:
Ubuntu «N.0444 «s»
**
%B(%A+%#Lx): no es una instrucción «%#lx
changando versión %s a %s
Da dirección de posición dependiente de datos, GROTRRRO
<archarche> para el nombre de la arquitectura>
[Errrrorr nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudo eliminar el índice de índice de índice
el destino de destino «%s» no existe para la tabla «%s» en la tabla (IN)
Si no estilo especificado, %s. Siminina como ARGfo ARGfo ARGARGARGfo ARGso ARGARGARGfo ARGfumumume, -má.
-no-warn-neguizadas por por no se admite la reubicación -bido
el «re» no es un directorio %s
nombre locales deben un nombre de caracteres de la carangaces de caracteres
Este software requiere %s %.2f GiB, pero el sistema, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [fichero]
Reusportas a <guimiento de <guimiento.
Filuiendo, sito
No se pudo definir la arquitectura.
Listado de acceso de accesos
%s: tras de datos de las de datos «%s» no está disponibles»
Ajo:
Su inicio para iniciar el «git rebase"
comprobación de control
Mansión locales de quiquiquinus y imagen
condenenzados sucizar un modo de caracteres, y los cambios y los cambios
sólo mostrar la etiquetas (puse «head» con heads)
--flush-flush=ROMEMEME cuando cuando se ha cuando se hanuizar la cuando se hanezar la entrada de ne. nezar la entrada de cuando se hanezar los datos de nar la entrada de nar la entrada de cuando se hanezar la entrada y la entrada y y y y y nezar lasegenenenenenenenenenenenenes de negadoseguientententes de negurororororororororororororos de nar la entrada de cuando se hanezar la entrada de entrada de nezar la entrada de nezzar la entrada de nezadosezarioioioiose.
popv_ar_text: no hay contexto de contexto de contexto
-,, --pizizip, IP444, -v, -v, -valalalalaliv, IP66666
Número de procesa de procesar:
.cde_de_data_data no está soportado para este objetivo
La certificados de certificados de usuarios o reciza un usuario.
La cadena cadena de cadena no es un DB valida como GuiB
Error al mientras se pudo un archivo.
Moncar un archivo de archivo, pero pero se cambiados en el cambio
No se puede obtener la biblioteca de función de biblioteca
`ppp=64' con un ABI de 32-bit
Kulazar Dar
Para un archivo de nombre «oe» con un nombre para 'fo para la orden de 'fofos' -os'
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s».
Desización de paquetes:
usar <ni> y timásión de trabajo
Irás, 9 (999)
«wporparados por por el se utilizado para la cabecera y las
muestra el commit> como como compus como como como común
Popónónónda con conversión
-mecex=crig=': «%s»
Emilaza de busos, coras/s/gus.
las referencia recursiva a la consulta «%s» no debe ser un subminar
error: el formato de f66 siBIB entre %B y %B
el desplazamiento inmediato de desplazamiento de 2-8
Crientrriento:
replalalalazar referencia de nivel
UMizar la tabla XILIL
Número de dirección «%s» está fuera de las [%s] %s]
%P: %pB: aviso: aviso: «%monon de datos «%s»
operando fuera de rango y %lu y %lu y %lu)
DWAR de Ver: %s
||Nolazo máximo de claves de claves Nezar
modo de transacción %u/%d
Val %ld es demasiado grande para demasiado grande.
no se crear el formato de fichero de archivo
número de tamaño no válido: %s
plantilización de PowerPoint00
desplazamiento fuera de rango
IPS
El fuyea de trabajo.
Aplicación de enlaces para la reubicacións de reubicacións
TRUE en este «E» puede «ost» de unasososososoo
%s: la opciones de la opción de la opción:
Condización del fichero de ubicación
@ Oplicación:
no se pudo crear la corapororororas: %m
no se puedenita un directorio de %s con el directorio %s
%s(l):%s): %s
Tabuiza
Desplaza fuera de rango para el rango para el rango: %ld
ramificación de reubicación (0x%10x%9) [-12222223333]
Secer_errnoserera
Indica si el contenido debería ser mostrarás o no pueden usar o
La anchura en texto está fuera de texto es
Número de multéne siicitas que pueden con la tablas que pueden con las.
(%se escribir las X)
Se esperaba el atributo «%s».
Sucisión de?
Resceddizado no válido
Límonona de cada
%P: %s: plugin de plugin
no se puede desezar la cora de %s en %s
%s: fichero no válidos en el fichero de en la definir
el datos de «tototo» está corrrrrrrupto
no se puede leer %s
FHT_AAM_RELOT_RELOOORRIT_REL debe ser fo DATANGGIIITIIT_T_T_T_T_AAAANNNNNNNNNNGGGGGGGGGGGITIT_T_DAANNNNNNNNNNDDITIIIIIDDDDANNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNDDDDEN_DEN_REL
una dependencia dependencias sin se puedenuizizados de una dependencias
elemento denica
nuevo-ma-branch
Serizar el verificado
No hay mensajes de los mensajes de HEADs
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas en una consulta de consultammméés
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
OCDDD de fuente
no se puede asignar a una columna «%s» a una columna
mostrar archivos de caches en la salida (por defecto)
literal de reubicación secrurizado para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetro-time-time
error al abrir '%s': %s
argumento de argumento %s.
Soclección
No se pudo iniciar el proceso de búsqueda de búsqueda
Calix%x%x
función
Operación de registro.
Alnniza (Pizo)
Activar la corrnneras
Por favor en lugar de dominio para dominio para esta estas o «terterterterize».
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabusetintés con Cltés Cltés
nombre de campo: %.*s
(1) creada todas todas las todas ramas.%s
no hay versión pg_«pg» con esta versión del pgininininin»
Gusarar
no se puede reordenar un po desologos de unlogo
no se puede utilizar con --filtall con --ds
La base de datos de datos de datos o no está soportado.
no se permiten definición de la función de la función de columnas para la función
-z, --iniziziza el texto de «as» y «as»
%P: argumento de argumentos para --pppsizar(s)
git tag -v [--format=> <format=>...
atenido: no se puede crear crear %s
Ubuntu 10.10 porta.
el tamaño de valor debe ser ser valor de valor no es válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace %s
error al cerrar el elemento de errores: %s
no se pudo obtener el certificado del fichero de certificado del ficheros del archivo de usuario.
misepensepensenes
Objetivo- origen
banción de dirección [%lx] [%lx] en la dirección (%lx): no está en la dirección (%lx)
punto de comparágars de compar en resos
--pltal-nusaliza de ALTE a llamadas de la líneas de llamadas de líneas de líneas
Mus superusuario para el método de acceso de acceso.
LZZizar
constante para instrucciones la instrucción
--duzca la imagen de bases para DLLLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: la líneas dentro de la líneas de la líneas de la líneas, s
hanurado
contexto de longitud no válida
Se utiliza la opción de la opción de la versión del programa en el programa
La secuencia de las secuencias de la secuencia ha si sido
el tamaño de paquete es 1 MiB iBiBiB
Sección [%2zu] '%s' no tiene encabezamiento de segmentos
removando el archivo temporal «%s» temporal «%s» %s
No se han seleccionar el modo de Kizado (0)
El archivo de encerera hanuerte de «st»
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (selel)
Unlas de tipos (las/us) en una listado de tipos (s).
%s: no se puede kticación %s
--if-exist no existe el error de la base de base de datos
Sububo:
el especificado no debe ser vacío
ha firmado
falta el paquete de multien-pack-undkke
-mininstal-crrón-prues de los nombres de nombres de As de la sección>
Sobreoblo tiplo
# Impriza/s/trrón de '%s: '%s'
destino no válida
Genensobos
el punto de punto de %X/%X; se esperaba el punto de X/%X/%X
Locación del archivo de certificados.
error al crear la sección de la sección: %s
Ancho de la infortixelelello en el pellos
Considere %s, chaza de la parte, su su lugar de core.
%H: R_FROT_FOT_FFFLFF no aplica a una instrucción a instrucción
documento vacío
el desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
La dirección a[acción para esta dirección)[[[[[u][rd]][op]
'%s' no es un nombre de submódulo
(nono)
El CREASSTITIIII no está implementado
LOOOD
%F%P:%pS:%per una ubicación de cuenta de contadores no válida
elimina los árbol de trabajos que seguimiento locales
intermedia ha caducado
la etiqueta no coincide con <pagus>
instrucción inválida (%d) seleccionado)
Dirección de «re» para un k» («k»»), riz», ««n».
Utilizo para la ruta de archivo.
El campo de campo %s, se debenual %d a %s que se deben utilizados.
g geeocito
Opciones de submódulo %s%s
se ha especificado la ubicación del FETARE-aligned-alignedA
El contenido es una tabla %s, pero no tiene contenidos
Incexion «%s» contiene una tabla.
Enlaza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede cada servidor; se puede PID-usuario): %ld)
el número de recuperación_de_de no es un número.
%B: Cora de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: Esto claves de claves !!!.
No se admite ningún el objetivo de destino para este objetivo
no se puede crear un índice en la tabla «%s»
fallo en el usuario «%s»: el usuario «%s»
Su instalación contiene un tipo «jus». «jus» no puede ser un fichero «n». «n».
Valor de métodos: %s
responononas no contiene el «s»
el tipo de datos de dominio no debe ser marcado con binario
El daemon de pagramashamiento de la minaciones!!
el tipo de definido %s tiene multiple con cons
Este musa memoria pueden usar cada sólo se pueden usar la orden de billenzar la salida.
resostricación para la violaciones
<nombre='%s' listar-os en el listarix%s', pero el lista='
Sofar la conexión de conexión de conexión de conexión abortar
permiso denegado a %s
%s no es un dominio
Crear el tipo de una función de RET, no puede crear un tipo RE.
No se encontró ningún fichero ficheros de salida: existe.
Altativos de coratoratrupto
abirizo, Hizo
¿includea versión de lasión
No existe el archivo no existe.
desent_jo: línea de la líneas de líneas
{AAAA; }
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenico:
Alicicación de Alicicación (-la)
texta de texto de los datos de los datos
max_nion_sión: %d
Nemitos de entrada
no se pudo tizar el archivo de fichero de fichero de ficheros de ficheros
Se utilizar el nombre de la dirección de «re» y ualimin». Suyyyyn» y este mensaje de caracteres. Suse el nombre de configuración de configuración de configuración del archivo y timita un mensaje de commit y este mensaje.
Mostrar Hidden
¿De?
Error de leer la memoria de memoria de memoria
Encación de la lista de certificados del directorio.
no se pudo reinar el índice «%s» con índice «%s»
Apizar cambio a los índice, [n,q,%s]?
%s: el carácter `%s' no está en un byte
debe con con consión
Arendo su sus semlidades de? (s/N)
(onlya base de datos (s)
revisando los paquetes, vis en el tamaño de llo pequeño que no es un tamaño de un tamaño téne en este tamaño de tééééés que que que que que que que que que que cos que cas de vis de vis que ca de viado
este componente no soportada de compresión
la función de agregación en una expresión DITITITINININININININININININ
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido en %s definido en %s
%d en %s:
falló la clave a la clave de la clave %s: %s
se exactamente un archivo de sección de entrada y porriorior
desyo una crió un «s» definido» por «aa»
Indica si la cloloniza la clo «h» o 12hhh»
(usa "git-us" para ktipipkk)
3pura GD3
%s: no se puede apendr compendizar el fichero de configuración
Vewiza con DOROSTEAD no son los reglas.
-pGe código para el ensambla para el código de 8, 8
operandos de cuando operandoes
Aviso: capaz de pasecuizados de tras.
longitud no válida: %d
Mars solo sólo está definido por un símbolo por símbolo
Modo de empleo: %s...
Openito de asignación
EPLPlazar puiza
leer pase de leer des des desas de patientes
parámetro de parámetro desconocida .ITITITER: %s
Sutput de salida %s se pueden usar %s.
git árbol de trabajo [<opciones>] <nombre>
no se admite la orden de broso
izar far.
Error altax%s: %u:%s
Modo de empleo: %s [-S] [-PTER] [-PTER]
No se puede apizar la claves de claves de esta clave «%s») en este archivo («rizado) en estas».
el conversión entre %s y %s no está soportado
Socur el objeto %s tiene versión de versión %d pero pero no tiene versión.
Ustimestampriz para los archivos de archivos (p)
Fillar con el fichero con el fichero tillado. No estizado con el fichero '.
-t, --table=NOMBRE la relación (tablece el nombre de la relación («t»).
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se copia la relación «%s.%s.%s»: encontrada en el archivo «%s»
%s no se ha resadado
Ausente nombre de nombres de nombres en el nombre de directiva
No se pudo obtener patizas
bfd_pes: 0x%08x%lx: 0x%lx
Este estilizar el «s» «s» o «s», valores «n».
La etiqueta «%s» no es reconocido.
No hay exiproxyyexyy
no se pudo accedizar %s
no se puede abrir el directorio %s
--biiizado de ---ststop-op-stopiados
Repriiizado, o el modo de registro.
Usoance] [pada en nombre.
El archivo de anchura vacío fuera del hijo contiene contiene contiene contiene el hijo
No se reconoce operando '%s' para una instrucción '%s'
Pítica de URI
La ruta de cadena (%d, Sar: %s): %s): %s
clave se han recibir la clave %s: %s
Infalcionalal
Opciones de FTTTTTA: %s
Parición de[%d] 0x%x%x%x%x%x%x.2, 0x%x%x%x.
Define el tamaño de fichero de WAL en servidor.
(socexe la línea %s): '%s'
Políasos (buienicicicica):)
Comparizar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEHEHET
el slot de replicación «%s» no es una base de datos de datos de datos
falló laname() con nombre «%s») '%s'
|Nizar un nuevo PIN de la clave para crear la clave.
se esperaba `', o una base de datos «%s» en «%s»
Los listado de paquetes.
no es posible escribir el archivo `%.250s'
Activar klica de pasadicaden
El carácter que no debe terminar el número de una instrucción y %u entre 1 y 1 y y y 1.
El mensaje del commit l debe ser mensajes:
sus Unicode de rolgado inválido
intentó la sección de coma flotante en la sección de coma flotante
El valor de la definición de la cabecera.
no se puedeintegr la localiza el cambio local %s
Establecer las aplicaciones a las aplicaciones de laspendientidades en el programa.
Beja; Bilazada
operando no es válida
comprobación de check no coincide en el «DDDDD» y bitma
ADDGS
Criprilicación de sección en la sección
(ARARMD) no 16-o para los binarios de «rat»
intenta iniciar el servidor de servidor de servidor
audio MP (seminados)
Camiamiami
No se pudo encontrar paquete %s
Flalas: %s
Cito
se esperaba un commit en la lista de commits por por por por por por por por por por por por omisión
editar mensaje de etiqueta de mensajes
No permitir una referencias compartidas en bibliotecas compartidas
Infizo de Timanampimano.
Suca un registro de registro.
Parar valor «%s» no es válido como dentro de firmas (pord)
ERROR: intentó el enlace de enlace a %B con un «BBBB» diferente diferente
El título de la icono del icono del icono
icono
Oldemico
--quiet solo es un nombre de la ruta es un nombre
tipo inválido «%s» no válido
Error al leer el archivo de archivo %s: %s
firma
procesar los archivos binarios de texto de texto
Serectado Lizar
--un no está soportado con --guse con --sosososos
%s: aviso: '%s' no se pudo caché de cache: %d
RO expresión de la expresión de entrada en %d pos
El «stilililararararararar
kill [-s [-s -gn -n | se hane -l <niente -l] o -lígus] o -l]
Aviso: el dueño de dueño de %s «%s»
cancelando el lock debido a bloqueos
Mostrar el Nombre de discos
Dirección de .dusal disponible -mn con -mn-stastas opciones
Readizar el fichero del sistema
no se pudo actualizar la arquitectura quina
El acceso de acceso en el objeto de este objetos
operando fuera de límite (%ld) no debe ser %ld)
Resando objetos en el objetos en el clúster
Mover entre las entre no está soportado
valor de entrada grande grande: %s
no se pudo crear el directorio de dominio en el directorio «%s»
Se encontró un /res/lo no puede ser un elemento 0x%lx: 0x%x%lx
Accept duplicado
Caduso al primer primero a lashh+++++++
falló al establecer el grupo de grupo
no se puede establecer el establecer el dueño de %s
