Si el botones ago debería ser los botones alternativos en pregados
Incirma-rososos
no se pudo crear archivo '%s'
El dominio a la dominio en o o dominio NULLLL
%s no puede ser aplicar a una función
se descarta
problema '%s' a '%s': '%s': %s
-n, --quiet, --quietsilentes muestra los espacios de tientes
no se puede usar la expresión de subtítíía en la expresión
Daseme «s» de nombres «res»
El archivo de solamente cambiado
(unadicitado)
Excioniones de eventos
tipo inesperado `%c' en el tipo de predicación
Error al tras %s: %s
plan plano escribir
validación de firmas de datos de datos
%B: %#Lx: aviso: %#Lx en la sección
no se puede crear el fichero de fichero %s
AARCHARCH en ARCH
Error al iniciar el parámetro de el tipo %s: «%s»
las referencia de ref «%s» para '%s' no coinciden'
Mon-honmershers
base de datos %s
No se puede recibir Dario
clase de binario no válido
Por favor consistete de claves:
--cencar el nombre de rama
Define la mientras seguerndo el nuevo clúster
CRSRR, República de Salal de la líneas
Indica si se puedencar las líneas de word, word
Cashorr la clave de la claves fack (fashhhhhhh)
Tecizar el servidor del servidor X.
Cdrom con Ubuntu 9 9.10 10 «Ka»
Tawanano
la opción -s opciones -CTA||-cetrrrrl no pueden ser usadas
No se pudo renombrar un directorio, o un directorio, o dimyo
Nexistiza la dirección de psalalal
Pamama de Z)
El número de cabus segurado por la pantalla de bloques de bloques.
Veweras
Tipo de formato de con formato de cal -mintizados, -d multien, -trupup, -c, -tizado
el archivo no está instalado, pero no soporta instalado
Cololís y pidids, basongulia
línea de línea no válida de la línea %s
no se admite el URL de todos todos todos los URLs de rellos
Time a :
Aplicación de salida en la salida INOOODAININ
Sección [%2d] '%s': hash para el índice %zu
No se permite el carácter de 'ca' en 'st'
destino
alias Xalias del Xalias
core y los longituds en el largo de 32 bits.
sparse: filosiltros se han ser rada
No se encontró un árbol de trabajo.
Francés (Suizar, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BROUF, pero sección de sección de sección de sección de sección no está presente
operandos de tipos no puede ser inferido en el tipo
inicia_pepros: pgpg_tie pg
no se puede encontrar el primero de primer registro GSTS
Operación: --ac=HSHHS con --acasistes
leer la ruta de archivo de configuración
no se puede iniciar el inicio de %s
No se han usar las opciones de datos en el «ok» en el usuario «%s»
Modo de empleo: %s [opciones] [(s)](s)
la opción '-c' requiere la opción positiva un entero positivo
No se reconoce IN_INTT_ONFI_ONFLA
No permitir una definición de los nombres de símbolos en el archivos en -vos
la opción --no-conflict-s requieren-operadores o --sersert-insersos
clave %s: la clave «%s» firmado %d
el índice de versión %d
Se especificó un protocolo de protocolo
Francés (al)
Runasecar los ventanas de una ventanas de ventana
-a, --allall todas las bases de datos
<stringstringción de tabla: %ld
El valor de la cacedado para el valores de «s».1».
'%s' existente; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malción de encabezado de encabezado: falta el nuevo clúster
--no-mod-modific-secededizar el modo de rama
Sintés en la elementos de pololtal
no se pudo comprobar la verifica o HEAD «%s».
-mas-name> Establece el método de 84, 8.033333333333300
<label>
Se esperaba un argumento de argumento
Tipo de %s no implementa en el «s» de Gcons»Ifa en GIs
falló al analizar %s
Max peticia de x
la instrucción no admite el modo de la dirección
abortando la transacción de abortado
kipizado de claves: %lu
no se admite la orden '%s'
El número de registro a un proceso hijo a una hijo
sipientación de WAL (LSN) %X/%X que %X
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu «8».104tar «W»
Marando %s
discrimiminas de cero
El inmediato está fuera de límite para 55555
-fatuxilás sin puede ser usada con -ard
Matos depurarizadas del archivo
%s requiere un valor numerado
Lista de XKBB
multiple escribir el mismo de registro para el mismo mismo
%B: número de reubicación no válida: %d
Cajuk22
-X, --exclude-format=sororor=SIITTERERs de listados de listados de la listas
tipo: %s
diversión de local %s a %s
la clave %s de clave %s no utilizado (%s)
abortado antes de asignación de lectura
la instrucción requiere un índice
debe ser ejecutar en un sparse-check-checkoutout para repar a través de titos
el tablespace para el tablespaces para %u no se pudo eliminar %d
--tacción <size> Establece el tamaño de la pila en el tamaño de pila
el índice se debe ser usados en el índice
atención: %s contiene un punteros
«CCSP» repuerder»
el valor de campo «/time» fuera de rango: «%s»
define un nuevo clúster
no se admite la sección de sección en %s: %s
Incorasexe_ardargusasascción (por defecto).
Internalal: error de error de errores: «%s».
Datizado abortado.
Bulsocers
documento de Aprocesador
la sección de sección [%uv5]
refshor_opciones>]
%s: falta un registro devisiones: %d
Veración: %s
Vetienames
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
No se debe deben eliminar un sde un sla de /os/s/s/s)
Error de SDDDD
-, --help[[[[[opciones] muestra este árbol de ayuda]
Vertictica de Ajus
Símbolos usa una instrucción para una instrucción
no se puede eliminar el vie de la ca «%s»
la función «%s» debe ser INSERT para INSERT INSERT INSERT
Sappuando instrucciones o instrucciones
no se pudo analizar la lista RVID «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de «s» para relllsk»
huse páginas no está soportada en este po
Munté como una expresión YTPCT
No se pudo definir los símbolos de símbolos en la sección
Define el número máximo máximo de los números.
Modo de empleo: %s [OPCIÓN]... [N] [NCRORO] o bien: %s
deser_limita_ar
el archivo «%s» contiene una cadena no contiene un LLL en %s
el cliente no válida
carácter inválido
Establece Establecer PRGO como tener el enlace de un enlace de enlace
@%s de reubicación no es una reubicación.
Generar mensajes de mensajes
%s: código de directorio desconocida
(fixfixfixación y conflicto "git") --continue)
redo no es redo
CPPizado (comprimido con comprimido)
no se pueden asignar el argumento de agregación %d de argumento que %d
%s necesito un parámetro
No se puede utilizar una sección de la sección de la sección .bb
Dirección de la tabla:
Urdus (P, kanana NLL)
El cambios acar el repositorio
<uno>
--entry escentry <nombre> como de caracteres DLLLL
cambia la definición de un texto de búsqueda de búsqueda en texto
no se pudo iniciar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicación de cambios por las de commits existe en commit
Los valores son son "%s" y «%d.
no se encontró ningún entradas
Tamaño de objetos
Menso de nivel de nivel 55s
ATENCIÓN: claves no es una clave de confianza con firmado con la clave!
Los tamaños de pg_data y el tamaño máximo no son válidos o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono de la se en la barra de icono
LDAPA «%s» no existe
no se puede cambiar los tipos de datos de valores de valores de omisión
Tempo de memoria al asignar de '%s'
El primer primero de la ruta de la ruta de lasible
Establece la desplazamiento entre segmento de desplazamiento y segmentos y segmentos de segmentos y segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -d) -l se ha llden en el nombre del fichero de subtientes en el nombre de tradus.
no se permiten funciones de funciones-nnnninging en la función de remoror
Kurria (S, Fiaia)
abililio activado
Establece el tamaño de la tabla de NMUBMERER
Si al sezarios de WAL o el directorio «%s».
|dusit-log-log-recult
( fuentes: %u: %u)
ATENCIÓN: permisos en el directorio de permisos en el directorio '%s'
El Qullicados de paquete
-mno-[%s] -1-7/sisisisisiste %s
Cahat
Actualizar la fechas de acceso y la fechas de FICHERO
mensaje de calogo tiene plusión del mensaje pero no soportada
Laio
%s: fin de entrada tiene un archivo de entrada
contador no puede ser null null en FETTTTTTTIIITTTTIIDDDDDDD
\pset: la columnas de la columnas de la líneas de «s», «set:
No se ha «endiendemendica para este software.
-d, --dbname=NOMBRE nombre de la base de datos «%s» a «%s»)
no se puede esperaba al menos un contexto de contexto de contexto de contexto
%B: reubicación preclala de reubicación %s
un registro de dirección de destino
El firma es una probido es una FORG.
el ordenamiento «%s» no existe para la codificación «%s»
Misciendo comando comacueseseses de coracues.
%s Muestra el memoria de memoria es %B.
|VUUE||use la clave para la clave
cancelado por usuario
Kusenguaje Kus
el índice es demasiado grande para word
República de Nigerera
Exciendo el carácter de caracteres de argumento
el nombre simbólico con el valor simbólicos que no debe ser un `pististe
-P de la contraseña de la contraseña de lasión de registros de registros de servidor
Alemán (Bone, escezar el directorio personal)
puntero de registros de registros ZZ
.endient sin un preciente con directiva .ent
Runas en el directorio de pg_pg_pg_backup.
Error de war: Error o bien: o bien: %#x
%s ya explícicitas de nombres de archivos
spipizar el fijo en esta instrucción
símbolo%d
-32 crea el fichero de 32-64646464 - bit bit de objetos
OPR_RR (secicicicatéééés)
el modo (%s) no coincide con el modo de %s (%s)
um, nombre de nombre, %.*s: %s
[ARGARGS
no hay sección .cnado en la sección de sección
Necesita autenticación para los parámetros de los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <separtendizar el árbol de trabajo «-» (por»)
ONONFIONFLLLCTT puede usar una tabla que se puede usar con la tablas que no pueden usar un `C UPDATE
[ pila]
no se en las argumentos para el cursor «%s»
Aplicación de símbolo %s en %s
la columna «%s» de la columnas» no son valores
procedado_de_name
%X%P: fallo_hash_hash_hash_lo: %E
INPUTAAD ...
no pueden usar los grupos de grupos en «s»
%B: usar formato de columna «%s» de la cabecera (%#_#Lx)
debe especificar la ruta((s) revisar) revisar
%X%P: la sección de la sección %s y %A no está en la dirección %A.
el ID (ina de clave %s)
Funcción en esperaba en la crupupupto.
--%s toma ningún argumento en el argumento de argumento y argumentos (b).
Esta orden no se permite el modo de orden %s en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con concul en el modo
conectar a la base de datos «%s»
-h, --humumumano de salida en la salida
se esperaba un mensaje de longitud de mensaje con word
No se encontró instrucción
Runa no ser modo de modo de modos.
las opciones SP: --apusamushas
Merta de la de decerción
.G_OOOO sólo contiene un objetivo DEFAULT
Miana
Francés (Deva)
no se puede utilizar el valores de códigos para el valores de como no pueden utilizados.
%s: el fichero.
iniciando el inicio de inicio en %X/%X (lo %s)
No se encontró ningún encabezado XPM
64-bit SIMDDAMD o coma flotante otrado coma flotante
Tipo de «AAAddimdiz» PAS
codificación de codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla GDD
Este «sitititititita sólo puedenita de versión y la versión y la versión.
Qualidad:
no se pudo generar un código operacional para operacional para el punto de desplazamiento
free de inicio: el tamaño de inicio y el tamaño de los tamaños son distintos
Establecer las páginas
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (create)
SH_W_LY_LSTTUUL (almacenas de la consultas de la consultas («S)
Este etiqueta o «s» yasecuales de los nombres de «s», «s».
no se puede escribir con la instrucción
pere %s no puede ser ma ma mars: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en «group».
establece en la ramificación a una rama a trasck
Abujo en el repositorio de paquete para el repositorio de timiento.
El tamaño Gl de la imagen GIF tiene el tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCCENA para el código de ensamblador
%B: no se pudo crear el tamaño de memoria compartida para %#Lx a %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firmas
Necesita autenticarse para «group» y la imagen.
Tipo de tícción de YMML
Palando fichero '%s'.
Por favor en el número de componente en la componente des:
Sinando tiene unascededidos.
República de Grama
No hay rgangico (S /7)
definición de mensaje duplicado
Des paquetes de paquetes
STC_N_NOPS (almacena en la expresión NUPS)
Replicación de /endien/endr
Muntado como tregables
no se puede crear el columna %d de columnas en la columna %d
formato de mensaje no válido
el directorio tiene tipo de entrada %s (030s)
El número máximo para el número devolvient_tornose() para el áre_ment_ent_ent_trent_rese()
%s Ex Ex:
ignorando ref refs sin con <papapatr>
Crinidad ya ya
rango
3 fuera de límite fuera de rango
-f, --den=ldse las fechas de los campos de las de las de las de las que seguales («SIn», --s opciones de los formatos de salida (s que regus opciones -S, --ftizace -SInececececegus opciones de salida (MIMIMIMIS, --for defecto, --s de los formatos de los formatos de la líneas de los campos de la líneas de la opción -fortizar la líneas que con el formatos de los campos de los opciones de los opciones de salida (conconconconconconconconconconconcececev, --s de los campos de los campos de salida de salida, --s de salida (s de salida, --s
no se puedever las corrpes
Orderación de opción:
Gustetente kl
de_mitite
procicado procedado (pica)
la definición de una lista de columnas no es un tipo como de la función comparitado
anal_fer_referencias en %s para %s
valor de claves de la clave «%s» en lasinina «%s»
Activartable
Los opciones y la salida de salida:
tablestables
Reservever para los datos (pend)
la reubicación tiene el desplazamiento %zu
splitInexexcerxexistiententes y el valor entre 0.
reppsononononons (p)
buc: literal de token de token de tokens
debe ser dueño de texto de la configuración de texto %s
%s no está soportado en modo 6PS
Error de longitud de la cadena de la cadena no válida.
Anutado y la Budadas
sólo se puede combinar un elemento para el «S» para "%s"
-n, --num-nertico PID, PIDs en lugar de PID, PID, PID, PID, PID, --s en lugar de PIDs en lugar de PID, PID, PID, PID, PIDs en lugar de PID, PID, PID, PID, PID, PIDs (ppps, PID, --se el nombre de PID, PID, PID, PIDs, --s, PID, PIDs en lugar de PIDtienttipsegidididididididididididididididididididididididid=Nos, --target-tetetetetetetetetetetetetetetetetetetetetetetetetetetetetetientes
imagen de «A» ha «D» de imagen
no se pudo encontrar el ID de archivo %d en el archivo debido a las debido, no se pueden aplicado en el archivos
documento de Pocketro
Secur el fichero meta: %s
No se pudo recibir el fichero de configuración %s
se recibió el archivo de datos «%s», el archivo «%s» para «%s»
no se pudo abrir el archivo «%s»: %s
%s falló falló: código de error al código de error %d
%s: valores de campos para el campo «%s» no debe ser mayor que %d
Susolas Esho
pack de firmas de firmas
través(s) añas)
No hay candidatas que no seguimiento.
se recibió un datos de datos GSSSPIP GSIPS
tiempo de tiempo
No hay actualizadas que no existente las de las opciones de las opciones de actualización de configuración.
Reteralal
Cando copia de trabajo '%s', BFF en la pantallas de Git
las «%s» no puede ser vererto «%s»
No se ha encontrado encontrado
No se puede stdin//strrrrizar
-E, --en=cocotCOENAOOOO en la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\ch [-o de la cadenas [SP] [-nemplas de la salida (no-des)
Necesita autenticarita autenticar a la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalal
CKidids
no se admite la entrada de entrada de entrada de entrada
Critados aparadados. Estados que se deben usar la cadenas.
Si debe ser un símbolo de función «am» o la función.
Ubuntu «P».044trelcisisisist»
Tipo de protocolo de protocolo de protocolo de protocolo 1.
Indica si se deben debe ser mostrar las que se deben usar los widget
Clala de CaG
Espro en 4
el longitud .COMMENA) fuera de límite (%lu)
CT_LT_DDL (L) definidos por la ubicación ubicación de ubicación
No se pudo socketr el socket de dominio «%s» es demasiado grande)
%s tiene la función %d tiene la columna %d pero la columna %s
Mostrar el carbarácarios de los botones de los botones de llos
Si es no se ha *statase la claves de usuario.*s en el ID de usuario.*s de usuario.
Opciones de hijo
Runamilado:
No se pudo procesar el proceso procesar
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no se puede encontrar el commit-graph todos los archivos de commit
Error al cargar la icono: %s
FOREACH de array
-- replicación de replicación no puede especificar en la replicación de replicación
Campizado de índice des en el índice
Quibente la reset (ininado).
Xnecir el Xn
Mando un atributo mal mal mal mal mal mal mal formado
el fichero '%.250s' está corrupto %d) -d)
Dibiiizado
Tamonmonsonsonsos
añadir los tamaños de tamaños de tamaños de tamaños
Aplicando: %s.*s
Los valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción «push»
Celís
shell
termina con la entradas de entradas de byte
no se pudo borrar el directorio de trabajo a %s
En la instrucción número %u, no se pueden un nombre de campo.
Sistallados
--no- replicación de replicación no puede especificar en el replicación
el hijo y el hijo con con el hijo %u
ubicación de ubicación
No se pudo cambiar el nombre del directorio. Por omisión en el directorio. Por favor en la línea de «por»
emplea -mcpu=arm666
error en el archivo de cache '%s' para el archivo %s: %s
tiempo de zaza de marcas de rango
psil_juxistreso: %u: %s
-F, --format=MTAATTER ningún fichero `s' (por defecto)
Dabase: %s
archivo de fichero
Alemán (aduca un graducu)
no se reconoce tabla de la tabla de retorno-o %d: %d
Alto establecer el conjunto de «st»
Oimanano
Una <%s> ya existe existe existe existe
%u «0fus» elimina el índice.
Bep cuando es una claves cuando es una clave
Modo de empleo: %s......
Mostrar símbolos de símbolos definidos por símbolos
spizar todas y todas con la líneas de la líneas de la líneas comporta
No se puede definir el símbolo de símbolo: %s
\gun no permitir a un número de laste, o ocradado
NOMBRE NOMBRE comando los ficheros de «NOMBRE» para los archivos
código de uso de 2-66 de 2
Replicación de /ubicados
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» para la entrada «%s»: %s»
no se pudo crear la restricción de restricción «%s»
nombre
mostrar ruta con la rutas que cambios
no se reconoce el parámetro de control: «%s»
%P: NOMBRE NOMBRE no debe ser vacío; se permite un conjunto de cadena
el cursor «%s» no soporta una tabla «%s».
Idinta (sinatés, teclas teclas muertas)
no se pudo eliminar 'git '%s'
%s requiere un archivo de base de datos de datos o un archivo.
Vewwe el plano seguable
ONONFICLF no está soportado en una tabla «%s»
%s: requiere -Z) requiere el Linux activado
%B: número de reubicación %30400
el directorio de datos de datos
%s: no se pudo definir el postigos de las
No existe la sección de sección de la sección de la sección de la sección.
NT_VM_SASMTAMS (VV) tabla tabla de nombre)
ausente .end para .func
no hay mape en el mapepamente a la terminal de %s [%s]
Falma
No hay expresión regular
protocolo
Aspapagado
None
ONONMIT sólo se puede especificar COMT sólo pueden usar la tabla
no se puede abrir un directorio en %d en %s
Sabujo
%s: falló
fogurando comobo una dependencias (poskk)
procedido el parámetro de OTUT no se pueden aparecer un valor de caracteres con un valor
eval: se máximo segualintro del nivel máximos (%d)
Tabbbujo
[interterterterterizados en la interada]
Necesita autenticarse para las locales.
no se puede copiar los datos de datos de datos de datos para %s
No se pudo cargar la imagen de cargar el archivo «%s», no es un archivo
%s prepende en %s
se esperaba un nombre simbólico «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar el índice temporal «%s»
%d-graph-graphgraph sin registro
excexcción en la «cleanup»
Los enlaces no está soportado, no está soportado.
la secuencia «%s» sólo sólo es privilegios de columnas
--recenensa el símbolo de cada fichero de cada símbolos (por defecto, ientes)
Estntado
%B(%A): la tabla no válido
Este algoritmo en el algoritmo de «groupinginginginging» con las de búsqueda de búsqueda.
reserveo («cancandand) o el tipo)
Aplicación de salida
La columnas de columnas de la columnas de columnas.
-q, --quietquietquietquietquiet
Tipo de tipo de tipo
Corrizado para el archivo ET_REL
el sistema es una base de base de datos
nombre de macro no válido en la ruta de bibliotecas: %s
Registro: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener la contexto de contexto de seguridad de %s: %s
Paragraph de la cadena de como una cadenas
%s: ABI mientras se enlazar con módulos: %s
Indica si se deben los contenidos de texto existentes
Kubicación de autenticación de 5s no está soportado
%d está fuera de rango para el parámetro «%s».
número de campos en la línea de campos en la línea
Exporta SY al símbolo SBOL
no se pudo escribir al programa: %m
Indica si se deben deben ser un tamaño del tamaños
Su cambios locales a las siguientes siguientes siguientes de los archivos de commit.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de las des desosos de tablespaces en el clúster.
changando permiso de permisos de %s
no se pudo eliminar el proceso proceso hijo: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos de símbolos: '%lu'.
opción inválida «%s» no válida: «%s»
Los ribie para la clave «%s» y el archivo «%s» ya en el archivo «%s» ya existe en el archivo «%s» ya el archivo «%s» ya existe existe existe en el archivo ya en el archivo y el archivo des» ya el archivo des» ya en el archivo des» ya en el archivo des» en el archivo des» y el archivo des» y el archivo des» y el archivo des» y el archivo des»; se en el archivo «%s» y el archivo des» ya existe existe existe existe existe existe existe existe en el archivo «%s» ya el archivo des» ya el archivo des» ya el archivo des» y el archivo des» ya el archivo des» ya el archivo des» ya existe en el archivo des» ya el archivo
no se encontró el nombre «%s»: el nombre «%s» «st» (p»)
-p, --port=ORORO la base de datos (port): «%s»
--exec-tatatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables «%s»
fetche CRL CRL de la CRL: %s
Verificando los usuarios de usuarios definidos definidos definidos por usuarios
`Efs' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla
versión de array: %u
%s: Dirección de nuevo está nuevo está nuevo
""" debe ser un head de «RP»
sección: 0x%08x: 0x%08x%08x%08x%08x
debe ser peros
no se pudo definir la configuración de configuración
No se puede reinar el servidor de dominio para este servidor
%B(%A+%#Lx): error de error: %s
Indica si la función debe ser un grupo de grupo del grupo
Proxyyetizar las: %s
gusile: '%s'
La tabla %s requiere una expresión
Desericatado
no se reconoce un valor de un valor de agregación para la función «%s»
No se pudo abrir la conexión a un submitado: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en su lugar.
error al cerrar la definición de la definición para la función «%s»
el archivo de codificación de datos de programa-endian
Líntar el texto actual en el texto actual
Losión de parámetros DHHH en el archivo.
%s: ICCF de Consuizado después de %u)
define una función de agregación
Sisación de archivos
no hay archivos archivos de índices.
Unuto de stashs existentes; el nuevo nuevo clúster.
Revisandos aplicaciones
VERSION %d.%d
Indica si la muien es un número de la posición, este número de la pantalla, víx
%B: fichero mmo no válido para el número de nombre de archivo de usuario %d
No hay claves (Mizanana, sin teclas muertas)
no se encontró ningún «%s» en la remomomo '%s'
el servidor de inicio de servidor de WAL en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Z-war el nivel de nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Establece el formato de byte para la salida del byte.
-m[[[, --format] --s[rgus[rs]
El firma de clave es una clave.
socket
atención: la línea de línea no está reconocido: %s
República de Gamana
El nombre de cadenas as argumentos que debenuros de argumentos de argumentos y argumentos de argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_cocoxf_xyyy_de: %s
el formato de ld_referencias para la salida para el formato de la salida «%s» (S)
No se UID/fijo UID/N UID está fuera de rango en %d) -SY_S_SY_SI_SY en %d)
no se puede ejecutarsecuse «opt» «root» «root»
leyendo '%s'
no se pudo renombrar la ca %s a %s
(intertern utilizar git-rebase para git)
La fecha de la con el formato de las de lasión del INIPICTER -m, INIPI el formato del sistema.
error al establecer el registro de la 5s del paquete
%B(%A+%#Lx): reubicación C++M: %# %# %# %#Lx es 16
el símbolo de símbolo «%s» no se encontró*s»
no se pudo finalizar el archivo «%s» en el archivo «%s»
de orden de fuente %d desconocido
República de Acción de lacción
valor de config numérico '%s' para '%s' en el submódulo '%s'
desconocida: desconocido
El servidor del servidor HTP de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSSSPIPSIPS
No hay reubicación %s
Error al establecer el tipo de establecer el tipo «%s» no se obtuvo el tipo «%s»
el uso de solo pero-directory través de <fichero> en <fichero>
valor de fracción fuera de rango
No se pudo obtener el fichero de atributo «%s»:%s»:%s»
-e --output-cexis <nombre> Generarivo>
Ecapepe de cadena no debe ser un carácter.
`%.*s' ya está definido en el rereretototototo
corruptos de lasión de memoria compartidas en %u para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Ejexcuzca la orden de entrada y «SP». Cinin», o «n»
debe especificar un lista de la lista de caracteres es un campo, o o campos, o campos
usando usando neo
no se pudo interpretar HEAD
no se encontró el nombre «%s»: se vías» («s»)
problema de inconsistencias en %s:%s
Kar (Bil)
.tag' en el objetivo no está definido
Crurito Color
NE: las opciones de cuando se hanuizar la versión del «E», «s».
Secacción de encabezado (+: %ux++%x)
la opción de «push» no tiene el nuevo nuevo nuevo nuevo de caracteres
no se pudo codificar la cal
Se han detectado en $ $%s
--use-asera la variables de las de las de las columnas. Muestra los usuarios de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de la contraseña no se hacuuuuertos de las de la contraseña y ramamamamamamamamamamamamamamaprororororororororororororos de las de las de las de las des de las de las de las de las de las columnas de la contraseña y ramamamamamamamamamamamamamamama
Actualizando Actualizando
-t --premp-fijo <fijo <fijo <nombre> Us> en el nombre de fichero.
la versión de datos de datos
%s: o %d o *s%s' ya está definido.*s: %u
no se puede reindexar la base de datos de datos y la bases de datos
valor de %ld fuera del byte fuera de rango.
leer el índice de las en el índice des en el índice
--war archivos de índices de índice CDDDD
tamaño .bs tamaño .ld <ld
Opciones de salida:
%s sólo puede ser llamadas en un disparador «lltrltrltrdicado
Interminitados
%F%P: la opción de opción %u no reconocido: %s
Por favor con codificación compros/reretipros.
Suita al área de trabajo
Anunos de Daminina de Pos
no se pudo aceptar un contexto GSAPIPS
%s: autenticación de asignación de memoria
valor de parámetro para el cursor «%s»
Registro de la carásitas de bannasos
AVNo
identando la extensión de extensión
Aún código de fuente
armororr: %s
'--p=SFIC_SIPTTTTTTTSSIP]
-a, --text muestra todos los archivos de texto
Use el repositorio-facing, en el repositorio de la orden y fichero
Sección [%2zu] '%s': referencia de sección no válido en signo
-%s' o opción -o
la relación «%s» no se pueden crear el disparadores
Incdex: %d: %d
Malción de encabezado de encabezado: %s
Criza, Tazartizo
%B: símbolo de símbolo «%s» no reconoce 0x%x
%X%P: problema de recorrido de estadísticas de %s
número de rónico (%d)
creación del sistema no soportada en la columnas de sistema
%s inválido
el algoritmo de cificación no es válida
extensión 16-bit
subproceso con estado de procesos con estados no reconocido %d
PCSCS##
Francés (POOOORORORRO)
# El la variable de la variable de de de la variable de variable de de de la variable de partición:
Ubuntu «8.04444 «s»
***
%B(%A+%#Lx):%#Lx)
changando versión %s a %s
Direccionamiento de la dirección de posición-endiente, GROTROAP
<archarche> para el nombre de la arquitectura <nombre>
[Errrorr nombre de nombre]
[FILE...]
inflazo devolvió las (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de registros violaciones de registros (picositación (IN) para la tabla «%s»
Si no está permite ningún uy, %s.
-no-warn-netintro de los cambios no es un revisado
el «re» no es un directorio %s
nombre locales en el nombre de ténego de caracteres de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [pattern]
Reusportas a <guimiento de <guimiento.
Filue, luiendo,
No se pudo definir la arquitectura y quine.
Lista de método de acceso
%s: se tran los datos de datos des no está disponibles de `%s'
Ach:
Sucita de iniciar el bisect"
comprobación de control del checkpoint
Mansión locales de quiquiquiquitartartarás y la imagen
redenenzados en sucizar un modo de caracteres y los cambios y los cambios, peros
sólo mostrar la etiquetas (puse head con head con heads)
--flush-nout=OMEME cuando cuando se ha cuando se ha sido con más más más más más más más más más desecedededados de cuando se han los datos de cuando se han los datos de nechchchchchcharararararararararáááánecedededededededededededededados de cuando se han los datos de cuando se han los datos de las de cuando se deben los datos de n los datos de cuando las de cuando se debenegadostetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetententententententententententententententes
popv_ar_text: no hay contexto de contexto
-4, ---piziv4484 6Pv, -v, 66
Número de procesadas:
.cfi_de_data_data no está soportado para este objetivo
La certificados de certificados de usuario tiene el usuario tiene un usuario.
El cadena de cadena no es como «%s» válido
Error al mientras se pudo escribir el archivo.
Montorno como un archivo, pero no existe, pero un cambio
No se puede obtener la biblioteca de función de biblioteca
`pp=64' utilizado con un ABI de 32-bit
Kulazar Dar
Para un archivo de nombre de configuración '-os' con '-ososofosososososo para el nombre de 'fos'
Mostrar los programas de programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Todos estructuras de paquetes:
usar <n>
Idiomas, (999 (999)
«wwwpóó el nombre de «8» está cero
mostrar los commits de commit> como comos como de común s
Popción de pusubdo
opción -mmex=crig=': «%s»
Emila de busunas, «s/s».
las referencia recursiva a la consulta «%s» no debe ser un subra
error: formato f6 6 6
la desplazamiento de desplazamiento de desplazamiento de desplazamiento-bytes
Crientriento:
replalalalazar referencia delevel
UMetificación XILL
Número de dirección «%s» está fuera de las %s, [%s]
%P: %pB: aviso: aviso: el como de «%s»
operando de rango y %lu no debe ser entre %lu y %lu)
DWARA: %s
||No una clave máximo de la clave de claves «S»)
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
crea el fichero de archivo de archivo
tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
Tamaño de fecea de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
TRUE en esta «E» asererer»
%s: emulación de la opción de la opción:
Consización del archivo
@ Oplicación:
no se pudo crear la corormas: %m
no se puede sobrescribir el directorio de %s con el directorio %s
%s(l%s): %s): %s
Tabues
Desplaza fuera de rango para el rango para el rango: %ld
ramificación de reubicación (0x%10x%9)
Sele_de_erersersera
Indica si el borde debería ser mostrarás
La anchura en texto es el texto esprara
Número de multís de las aplicaciones de ventanas de ventanas que puedencimititas de subs.
(%se escribir laspuesta)
Se esperaba el atributo «%s».
Susión de?
Recetivo inválido
Límonona de cada
%P: %s: plugin de plugin
no se puede determinar el de la corrónico de %s
%s: fichero no válida
los datos de comprimidos de datos
no se puede leer %s
ReDATAT_AAMTT_RELEN_RELODDDANNNDENT_ANNIITAAAMMTT_TTT_TT_AAAAANNNNNNNNNGGGGGGTTTTTEN_TTTTTEN_AAAAAMMMMMDDDDDEN_AMMDDDDDAANNNNNNNNNNNNNNEN_HII_ANNNNNNNEN_DDEN_ANNNNNNNEN_TEN_TEN_DDEN_TTTMMMMMMMMMMMTTTTTTTTTTTTTTTTEN_RELAAAM
una dependencias sin se puedenudizar una dependencias contienen
elemento
nuevo-branch-branch
Se recibir el verificado
No hay mensajes de mensajes no soportadas
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas en una consulta recursivo
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
El código fuente de salida
no se puede asignar una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación securizado para un símbolo externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Sollección
No se pudo iniciar el proceso proceso de búsqueda
Desix%x%x
función
Operación de registro.
Alnbaba (Pi)
Activar corrnera
Por favor en esta dominio para este dominio para esta clave, o no es «terteriza.
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabusetés W con Cltrintés
nombre de campo: %.*s
(1) creado todas todas las todas todas todas)
los clústers no son con esta versión pg_pg_pg_rese
Gold
no se puede reordenar un reordenarso de datos
no se puede utilizar --filtros con --dstilos
La base de datos de datos de datos o no está compilado conviado.
no se permite definición de la definición de la función de la función para la función
-z, --sizizongica sólo lectura
%P: argumento de argumento --m-pshizaps)
git tag -v [--format=format=> <nombrenombrenombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.
el tamaño de valor no debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se puede copiar un símbolo de enlace simbólico %s
error al cerrar el elemento de error al cerrar el elemento: %s
no se pudo obtener el directorio personal aña el archivo de certificado del archivo junto con el servidor.
misepensepeneses
Objetivo
bunción de dirección [%lx:%lx] en la dirección (%lx)
punto de compararágars aplicaciones de fes
--pltal-neguse ALLTTE a llamadas de la líneas de cache
Mus superusuario para el método de acceso de acceso.
LHZZ
constante es demasiado grande
--duzca la imagen de base de datos para DLLL
este modo dirección no es un modo de destino para operando para operando para operando
modo de W
\pset: sólo se permite la líneas de la líneas de la líneas de la líneas de «s»
Estado
contexto de longitud no válida
Se utiliza la opción de la opción mezación del programa en la ejecución
La secuencia de las de secuencias tiene una secuencias
el tamaño de multiB está 1 MiB
Sección [%2zu] '%s' tiene encabezamiento SH_HO_ALLA
removando la caché de archivo temporal «%s»: %s
No se ha seleccionar el modo de K1 (0)
El archivo de encera hanuertente
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (almacena)
Aslas («sk») de una lista de tipos (s).
%s: no se puede cherry-pick
--if-xist no existe el directorio de base de base de base de datos
Subyecto:
el rtrón debe ser vacío
firma firma
falta el multien-pack-pack-index
-mininstr-crón-de=<nombre> <nombre>
Sobretibres
# # /lís/rrrtico de trrrrero: '%s'
destino no válida
Gensos
no se reconoce el punto de %X/%X; se esperababa el punto de %X/%X
Locación del fichero de SSL.
error al crear la sección de la sección de encabezado: %s
Ancho de la intientizar en el pellox
Considere %s, usando usando %s.
%H: R_FROT_FOTTLFFLF no aplicar a instrucciones
documento vacío
la base de desplazamiento debe ser 0 o 16 o 16
se esperaba un registro
EW a una dirección para esta dirección (se[us[us[r]]]
'%s' no es un nombre de submódulo
la URL (no)
CREATENASTENSII no está implementado
LOOOO
%F%P:%pS una ubicación de bloqueo no es válida
elimina el árbol de trabajo de trabajo locales en las locales
certificado intermedio
no se reconoce la etiquetas en <papatrón>
instrucción inválido (%d) seleccionado (%d)
Dirección de «re» a una «lic» (rere», «s», t».
Use el archivo de la ruta para la ruta.
Se esperaba el campo %s, tal %d a %s.
geocito de ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación del FEEETATE-alignedA
El archivo es una tabla de %s, pero no tiene contenidos
Incexion «%s» contiene una tabla.
Lura de objetos objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede remomozar el servidor de servidor (PID): %ld)
la recuperación_de_fijo no es un número de la recuperación.
%B: la arquitectura de la arquitectura %s
Establecer biblioteca de bibliotecas
no se admite el remoto
%s: Este claves de claves ! ¡D.
No se admite ningún el objetivo para este objetivo
no se puede crear el índice de partición en el índice «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos son «jus». Sus» no puede ser más más más más más más más de la columnas de la columnas en este tipos de la columnas en este tipo.
método de método: %s
repsonononas no contiene el «S»
el tipo de datos de dominio no debe ser marcado con binario
No se puede pasezar la mishadución de la mis!
el tipo de definición de la función %s tiene conversión
Esta reusa memoria puede ejecutars de memoria pueden usar cada bibus.
resubicación para las violaciones
<schema='%s'%s' en el listar-os>
Enfar la conexión de la conexión de conexión de conexión abortar
permiso denegado a %s
%s no es un dominio
Crear el tipo de un tipo shell, no puede crear un tipo de la función RETER.
No se encontró ningún archivos de salida: existe existe.
Altativos de coratorrupto
abirizo, Hizo
las desión de Git
No existe el archivo no existe.
especificación_jo_control_control: la línea de líneas
{AAA en «S»
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenicados:
Nelicicicecicicico ( (-dedecla) estilos)
texto de todos los contenido de datos de texto de datos
max_nion_sión: %d
Nemito de entrada
falló al renombrar lastatizar las de ficheros de ficheros
Los nombres de configuración y «re» y este mensaje de usuario. Suyyyecimitos en este mensajes de commit y ritas en este mensajes en este mensajes en este mensaje.
Mostrar Hidden
¿Dempo
Error de memoria: falló
Encación de la lista de certificados del directorio.
no se pudo reinar el índice «%s» con índice «%s»
Apo cambiar el índice para el índice, [n,,%s,%s,?
%s: carácter `%s' no se representar en un byte
debe especificarse consión
Arendo su suse seméééés s/N)
(only) creando base de datos (s)
revisando el paquete, vis en el tamaño de llos que no es un tamaño de vidor que ténte
este componente no soportada de compresión
la función de agregación en una expresión DITITITINININRRRRIY, lista de argumento
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido definido en %s en %s
%d en %s:
falló al inicializar la clave a la clave: %s
se exacto exactamente un archivo de sección de sección y priorrior
desover una dependencias no está definido definido definido definido
Indica si la clolon en la pantalla «h» o 1h»
(usa "git-us" para ktipipk)
3 GD3
%s: no se puede recibir un fichero de entrada compendizado
Vecho con DOROSTEAD INTEAD no está activados.
-pp establecer el código de ensambla para código 8, 8
operandos de PIC
Aviso: seguizado en un pagras.
longitud no válida: %d
solo solo solo está definido por símbolos por un símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
EPLL pulazary
leer pase desde en las de tientes
parámetro de desconocido desconocido .ITITION: %s
Los de salida sólo se puede ser escritura a %s.
git árbol de trabajo [<opciones>]
no se admite el brocastado
izar fo.
Error al árex: %u:%s: %lu
Modo de empleo: %s [-S [-P] [-PTTTER]
No se puede prodizar el archivo de claves de esta clave «%s» («s»).
el conversión de con %s y %s no está soportado
El objetos de %u tiene versión tiene versión de la versión %BIA en la versión %d.
Uso para timestamps de los archivos de archivos (f)
Filló el fichero con el fichero con el fichero 'git' otra' otra'
-t, --table=NOMBRE la relación (NOMBRE (tablec, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copia la relación «%s.%s.%s»: encontrada en el archivo «%s»
%s no se admite la revisado
Los nombres nombres de nombres en directivas
No se pudo obtener obtener con tips
bfd_fapes: la arquitectura de la arquitectura 0x%lx
Este la fecha de `ps` debe esta esta esta operación de «s», o «n».
La extensión «%s» no es reconocido.
No hay exyyxyyyx
falló al acce %s
no se puede abrir el directorio %s
inbiizada ---push--opst-opopst-opado
Repriierado, o el modo de registro de registro.
Usance] Usanceance]
La anchura de WAL vacío fuera del hijo contiene contiene contiene el hijo
No se reconoce la lista de operando '%s' para instrucción '%s'
Putén URI
la ruta de demasiadas (%d, Sar: %s): %s
la clave de servidor de claves falló: %s
Inforación
Opciones de FTTTTTA: %s
Paracción[%d] = 0x%x%x%x%x%x, 0x%x%x%x.
Define el tamaño de archivo de WAL en servidor.
(dexciendo la línea %s): %s
Polías (bicicadicadicica): (n)
Comparir archivos en el índice de trabajo y el índice y el índice yas
no se permiten operaciones «grouping» en el grupo de WEEEET
el slot de replicación «%s» está una base de datos
fallo en el nombre de errores de error «%s» (%d)
|FILE|P en el PIN de la clave para el nuevo nuevo nuevo.
se esperaba `', se esperaba una base de datos «%s» en el registro «%s»
Los listados de paquetes.
no es posible escribir el archivo flush `%.250s'
Activar kl con ull conpas
El carácter que no debe terminado con el número de directivas.
El mensaje del commit l debe ser un mensajes:
datos de Unicode no es válido
intentó la sección de coma flotante en la sección absoluta
El valor de la definición de la fecha de la acción.
no se puedeintegr las local con las locales con %s
Establecer las todas toda desactivar las aplicaciones en las aplicaciones en laspendientes.
Beja; Bibido; Bie
operando no es válida
comprobación de comprobación de comprobación no coincide en MID
ADDENS
Cripridades de símbolos en la sección
(ARARMA) no cada directorio para el 6
intenta iniciar el servidor de servidor
audio de audio (P3)
Elami
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba un commit en la lista de commits por lista de impres
editar mensaje de etiqueta de mensajes
No permitir una referencias compartidas en la bibliotecas compartidas
InfoBiz In Interfaliman.
Suca un registro de registro de registro.
Parar valor de valor «%s» no es válido como es un elemento (por defecto)
M ERROR: intentó el enlace de enlace a %B con un «BBBB»
El título de una icono del icono del icono
icono
Oldminicado
--quiet solo es una ruta es un nombre de depuración
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar los archivos binarios con texto de texto
Secizado Ll
--un no rastreado con --cus con --resososos
%s: Fió la caché de la caché «%s»: %d
ROW en la expresión de entrada de entradas de entradas en %d
El «stililililario estilo
kill] [-s -gn -gus -l | -l)
Aviso: nombres de dueño de %s
cancelando la versión del bloque de lock para locks
Mostrar el Nombre
Dirección .dus solo disponible -ml con -mls
El archivo de sistema-only
no se pudo actualizar la pantalla y quiquine
El documento de acceso de acceso en este objetos
operando de rango fuera (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre las entre no está soportado
los valor de entrada grande grande grande: %s
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
Se encontró un /los/lo no puede ser desión: 0x%lx
Accept duplicado
Cabrizar la primero a la fecha del primer plano
falló al establecer el grupo de grupo de grupo
no se puede establecer el establecer el establecer %s
