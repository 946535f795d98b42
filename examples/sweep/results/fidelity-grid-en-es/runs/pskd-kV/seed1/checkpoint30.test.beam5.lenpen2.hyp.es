Si el botones aggo debería ser un presos
Incirpes depes depes
no se pudo crear archivo '%s'
El dominio para dominio en o dominio o dominio NLLLLLLL
%s no puede ser aplicaciones a una función
se ignoradoado
problema '%s': '%s' a '%s': %s
-n, --quiet, --verbose muestra los espacios de --preprepres de los espacios de tentes
no se puede usar la expresión de subtítíía en la expresión
Daseme «s» de nombres «res»
El archivo de solo se cambiado
(unadicitatado)
Excionioniones de eventos
fichero inesperado `%c' en el tipo predicación del tipo
Error al tras fichero de fichero de fichero: %s
plantilla de proceso
validación de firmas de datos de datos
%B: %#Lx: aviso: aviso: símbolo en la sección
no se puede crear el fichero de fichero %s
AARCHARCH en dede
Error al iniciar el tipo de %s: «%s»: %s
las referencia de ref «%s» para '%s' no «s»
Mon-honmershers
la base de datos %s
No se puede lladio Dradano
la clase de binario no válido
Por favor por seleccionado de claves: ddiza de claves
--cenaccar una rama
Establecer la mientras se han contador contador de nuevo clúster
CRRS, República de Salta de la líneas Sotiza
Indica si se puedencras las líneas de word, word otratratratradas
Cashorr la clave de la claves fack (fashashhhhhhhhhacushashashatushhhhhhhhhhhhhhhhhhhhhorashhhhhhhhhhacashhhhhhhhorashhhhhhhhhhhhhhhhhorashhhhhhhhhhhhhhoraccccclatushhhhhhhoraclaclashhhhhhhhhoratushoraclazas la claves la claves la claves la claves la claveshhhhoraca
La secuencia de killa el servidor X.
Cdrom con Ubuntu 9.10 9 10 «Kamalalalalim»
Tawanano
la opción -s opciones -CTTA||-crrrrubaciones de la opción -neces juntosta
No se pudo renombrar un directorio, o un directorio, o dimino
Nonexistiza la dirección del psalalal
Pamama Zamana
El número de camplas de cabritasticas de la pantalla.
Veraweras
Tipo de formato de formato en -mmintizados en -m, -d multipor defecto, -t, -tizado: -a un espacios en -t, -tizado
el archivo está instalado, pero no soporta instalados en este quierquierquierquier no debe ser compresión
Cololols y pidids, basonglas
línea de línea no válida de la línea %s
no se admite la cruió todos todos los URLs de tillos
Inimiza a :
Aplicación en la salida de INCOOODDDG
Sección [%2d] '%s': hash para el índice de dispersión %zu
No se permite el carácter de caracteres 'cas' en el carácter de 'st'
destino
Cfatizo Xalias
core y cambios en el longitud de 32 bits deben ser 32 bit.
sparse: filosiltros se han ser redededados
Se encontró un mergeados de trabajo.
Francés (Suiza, sin teclas teclas muertas)
local
Sección [%2d] '%s': ALGBO_BRO_BRRO_F, pero sección .etient_AAAA
operandos de tipos no puede ser inferferido en el tipo
inicia_pepo: pg_triproso pgpg_t
no se pudo encontrar el primero GSMTTS
Operación: --acac=HSHS con --amasistemistes
leer la ruta de archivos de archivo
no se pudo iniciar el inicio %s
No se han usar las líneas de «ar» en el URImk» en el URI»
Modo de empleo: %s [opd(s) [rrd(s)]
la opción '-c' requiere un argumento positivo entero positivo
No se reconoce IN_INTT_ONFI_ONFFLA_ONF
No se permiten una definición de un nombre de símbolos en el fichero de nombres en -vos en -vos
la opción --no-conflict-dos requieren-sert-inserrciones o --sentes o --sum-sos
clave %s: la clave «%s» firmado %d
el índice de versión %d
Se especificó un protocolo de protocolo
Francés (al.
Runasecasitas de un ventana de ventana
-a, --allall todas las bases de datos
<tención de tablas: %ld
El valor de la cacedado para el valores de «s».1».
'%s' existentes'; no se puede crear crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de encabezado de encabezado: la cabecera
--no-modific-modificados de ratizados en el modo de rama de ratizado
Estado de elementos en el pololol de la pololal
no se pudo actualizar la verifica o HEAD «%s».
-mas-name> Establece el método de 8. -8, 84363333333 8.
<label>
Se esperaba un argumento que se esperabajo
Tipo de %s no implementa en el «sk» de GIfack»
no se pudo analizar %s
Max Tax
la instrucción no admite el modo de la dirección de fijo
abortando la transacción de abortado
sipizados: %lu
no se admite la orden '%s'
El número de registro a un hijo a una hijo a una hijo
sipientación de WAL (LSN) %X/%X debe ser ser mayor que %X
el argumento %s no es un directorio
el tipo de control no reconocido: «%s»
Laspuesta OCSP no es válido
Cdrom con Ubuntu «8».104tuyyt»
Marcizando %s
discrimiminas de cero
El inmediato está fuera de límite para 55555
-fatuxilado no puede ser usar con -arshabiabiabilita
Mactos depurarizadas del fichero-os
%s requiere un valor numerado
Lista de la opción XKB
multiple escribir el mismo de registro a registros
%B: número de reubicación %X no válida: %d
Cajuk222
-X, --exclude-format=sororortizas cortizados de archivos
tipo: %s
diversión de local %s a %s
la clave %s de clave %s no utilizado (%s)
abortó el asignado dentro de asignado
la instrucción requiere un índice
debe ser ejecutar en un sparse-checkoutoutoutout aspamente a través de titamente a traspostepos
el tablespace de tablespaces para %u no se pudo eliminar el tablespaces
--stac-size <size> Establece el tamaño de pila en la pila
el índice se deben usar usar el índice des en el modo de índice
atención: %s contiene un punteros
«CCSP» reperderduer»
el valor de /timea de límite fuera de rango: «%s»
define un nuevo nuevo operador de un nuevo de operador
no se admite la sección de secciones en la sección %s: %s
Incorasexe_ardartusasasoscistección %s.
Internalal: error de error de errores: «%s».: «%s»
Descción de transferción aborta.
Bulsocers
Aprocesador de documentos
la sección de sección de sección [%uv5]
refshor_opciones>]
%s: falta un registro devisiones: %d devis
Versión: %s
Vietizados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
No se debe contiene un sde un /o entrelas/os/s/s)
Error de SDDD
-, --help[[[[[opciones] muestra este repositorio
Verticadusticas
Símbolos usa un instrucciones para una instrucción
no se puede eliminar el vie de la ca «%s»
la función «%s» debe ser INSERT para INSERT INSERT INSERT
Sapppando instrucciones o instrucciones
no se pudo analizar la lista RDAT «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de «s» para rellsksklcicask»
huse páginas no está soportada en este poforormor
Mizo una expresión YTPCTY
No se pudo definir los símbolos en la sección de sección
Define el número máximo de los números de autoridades de los procesosión.
Modo de empleo: %s [OPCIÓN]... [N] [NCCRO] o bien: %s...
deser_acaza delimita
el archivo «%s» contiene una cadena no contiene un LLLL en la cadena %s
el cliente no válida SSLALAL apunta a un me
carácter inválido
Establece Establecer PRGRO un enlace de un enlace de enlace de enlace
@%s de reubicación no es un reubicación.
Generar mensajes mensajes
%s: esperaba un directorio desconocido
(fixfixfixación y conflicto "gitgit revo continue")
redo no está admite el redo
CPPPizado (comprimido con comprimidos)
las funciones de agregación no pueden usar un argumento de argumento %d
%s necesito un parámetro
Debutilización de la sección de la sección .bxtallallallado; sebb_bbos en la sección .bido
Dirección de la tabla:
Usadus (Piza, NULL)
El cambios acar el repositorio
<uno>
--entry escentry <nombre> como de caracteres DLLLLL
cambia la definición de un texto de búsqueda en texto
no se pudo iniciar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicar cambios de scibido por commits existe
Los valores son son ser entre "%s" y «%d.
no se encontró ningúns
Tamaño de objetos
Menso de nivel de nivel 55s
ATENCIÓN: claves no es una clave de confianza con ! con una clave!
Los tamaños de pg_datadata no coincidenlas o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de la pantalla en la barra de menú
LDAPA «%s» no existe
no se puede cambiar el tipo de datos de valor de valor de valores de omisión
Tempo de memoria al asignar de asignar '%s'
El primer primero de la ruta dentro del conflicto no estilió la salida
Define la desplazamiento y segmentos de desplazamiento y segmentos de segmentos y segmentos de segmentos
la relación «%s» ya existe en el existe en el esquequequeque «%s»
La opción -ls opciones -d está mandadas. El archivos de traduye el nombre del fichero des des des de subtientes en el subté -l en el nombre del fichero.
No se permiten funciones-nnnnn aplicaciones en la función de travéss en las
Kurdés (Siaia, FU)
abilios activado
Establecer el tamaño de la tabla de NMUBBOOOER
Siseza quierdase el directorio de WAL, o el directorio «%s».
| securit-logos de las|ulcultado
(nlelen: %u)
ATENCIÓN: permisose en el directorio de permisos en el fichero des en el fichero '%s'
El Qlllicos
-m[no-[%s] -fisisistén/sisables/sisiste %s
Cahat
Actualizar la fecha de acceso y la modificación dentro de FICHERO
mensaje de calogo tiene plusionalsionales para el formato del fichero .sos'
Laio
%s: el fichero de entrada de entrada cuando se leía de entrada
contador no puede especificarse en FETTTTTTTTIITTENESESESESESESESESESESTI
\pset: la línea de columnas «s» en la línea de «s», «set:
No hay elementos de elementos vacíos para este elemento.
-d, --dbname=BAAE base de datos para el nombre de datos «%s»)
no se esperaba al menos un contexto de contexto de contexto de contexto
%B: reubicación preclalantentente contratra el símbolo %s
un dirección de la dirección de destino
El firma es una probido es un FORG.
el ordenamiento «%s» no existe para «%s»
Misteciendo comazacueseseseseses de bues.
%s MiB es memoria de memoria es %s.
|VUUA||use la clave del policos
cancelado por el usuario
Ku Kusenguaje
el word es demasiado grande para word
República de Nónónico
Exciendo el carácter de caracteres de argumento
el nombre simbólico con el valor simbólicos que no pueden ser un `ptististe
-P de la contraseña de la contraseña de registros de registros del servidor.
Alemán (Bone, escezar el directorio personal) en el conjunto de registro)
puntero de registros de registro ZZ
.endient sin un preciente con una directiva .ent
Runditos o pg_pg_backup a pg_backup a los datos.
Error de[ar: Error o bien: o bien: %#dux
%s ya explícicitas de nombres de archivos des y s des
spipizando fijo en esta instrucción
símbolo%d
-322 crea el fichero de 322 -22 no es creado
OPR_inciones (picosistééés)
el modo (%s) no coincide con el modo de %s)
en nombre de nombre de nombre, %.*s: %s
[ARGS...]
no hay sección .dncnado en la sección
Necesita autenticación para los parámetros de los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <seportizar el árbol de trabajo «s»): «re»
ONES con ONFICTLLLLLL con la tablas que se pueden usar un `ONFIC ONF' o ONF'
[ pila []
no se enculalalas para el cursor «%s»
Aplicación de símbolos en %s
la columna «%s» de la columnas» no conflictos
procedado_de_de_name
%X%P: fallo_hash_hash_hash_lololo: %E
INPITAAA
no puedenn «group» en grupo de grupos
%B: utilizar una columna «%s» de la cabecera (%#_#Lx)
se debe especificarr la ruta((s) revisar) revisar
%X%P: la sección de sección %s y la sección %A no está en la dirección %s.
(minina de clave %s)
Funcción en esperababa en la crupupto.
--%s toma ningún argumento en el argumento y «os»).
Esta orden no se permite un modo de orden de %s.
no se puede abrir el fichero temporal %s
El modo de encontrar con concul en el modos
conectar a la base de datos «%s»
-h, --humumumano de salida en la salida
se esperaba un mensaje de longitud de mensaje con word
No se encontró instrucción
Runas en modo no ser modo nizada. Mláána actualizarás.
las opciones SP: --apuasamushashas
Mecera de la definición de de
.G_OOOO sólo contiene un objetivo DEFAULT
Manacana
Francés (Devora)
no se puede utilizar un valor de «acacas» para el valores de un valor «pos».
%s: el fichero. Usamononrama de fichero es un fichero.
inicia el inicio de inicio en %X/%X (X) %s)
No se encontró ningún encabezado XPM
64-bit SIMDDAMD o coma flotante otrado coma flotante o recisión
Tipo de tipirdimizado PAA tizados de ficheros de DS
la codificación de codificación desconocida
documento de entrada T Tipo de entrada de entrada
La pantalla por omisión para la pantalla
Este husitititita sólo puedenita de versión y la versión y «rasa de versión.
Qualizado:
no se pudo generar un código operacional para operacional para el como de la desplazamiento
free: el tamaño de inicio de inicio y el tamaño de diferencias distintos
Establecer la imprepres
Tipo de reubicación %s en %s
argumento no válida
No se pudo leer leer el socket con %s: %s
setfsconos (create)
SH_W_LLY_SRETTUL en lugar de la consulta de la consulta de la consulta («S)
Este etiqueta o perososeguizar los nombres «s» y «s», «t».
no se puede usar la instrucción con «ckk»
alternativo %s: no puede ser ma materflas: %s tlas
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en «group».
set2 a la rama a trasckza a la rama
Auto de paquetes en el repositorio para el repositorio de tizado.
Resulando el tamaño GIF tiene tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCCRE5 ensambla código para el objetivo SOOUCC
%B: no se pudo crear el tamaño de memoria compartida para %#Lx a %#Lx de %#Lx
Falló la generación de la definición de %s
se pudo encontrar la firma
Necesita autenticarse para quinarááne y lasión de quine para quiquine para quiquiquiquine para quiquine y y y y y ya autenticación de autenticación de autenticación de autenticación de autenticación de autenticación de autenticación locales y quiquineces y y y y y y y quiquiquiquiquiquine para quine autenticación de to to to to to to to toda.
Tipo de tíciones de YMML
Línando fichero '%s'.
Por favor en el número de componente en la componente para eliminars:
Sintete no tiene unasión de las siguiente.
República de Guado
Nusewano (Suna 6/7)
definición de mensaje duplicado
Des paquetes de paquetes
STC_NO_NOPS (almacena en las + NUP + +)
Replicación de /endiens/endien
Muntuntado como tregables
no se pudo crear una columna %d de columnas en la columna %d
formato de mensaje inválido
el directorio tiene tipo de entrada %s (0303d 56=0 50 507)
El número máximo para el número devolvient_tornotiment_tient_de_ent_conflict_res
%s Excioniones:
ignorando ref ref refs sin con <papatrón>
Tinidad ya ya yas
rango
3 fuera de límite fuera de límite
-f, --duse=ONTL en el campos de la líneas -tiza -v, --s opciones de la opción -dus -f, --s opciones -fus de las opciones -fa la opción -dus opciones -ft, --s -fac, --s opciones -fac, --ftus opciones -ft, --s opciones de los archivosegnegus opciones de la opción -v, --ft, --s opciones son son son son son son muestra la opción -ftus opciones de los opciones -falalalales y --s opciones de los opciones -v, --s opciones -f, --s opciones -ftus opciones -ftizados opciones -v, --s opciones -for defecto estiloc, --s líneas opciones delimites
no se puede obtener las corrpes
Ordusezado:
Gustetecistente
de_mitite
perodicado procedado (pica)
la definición de una lista de columnas no es un nombre de la función como de tipo compo de tipo compos
anal_fer_referencias en %us para %s
valor de claveso de la clave «%s» en lasinina «%s»
Activartable
Los opciones y la salidas opciones de salida:
tablectables
Reservever para los datos (pendiend)
se hannicación %zu
splitInexcerxexerxistientidad y el valor entre 0.
repsolaza SCRAMs (nonononas)
buc: literal de token de token de token
debe ser dueño del texto de la configuración de búsqueda en texto %s
%s no está soportado en modo 6PS16
Error: longitud de la cadena cadena de la cadena no válida.
Anutado y la Budadas
sólo se puede combinar un elemento de «S» para el elemento «%s»
-n, --num-nertico PID-portientes - -n, PID, PID, --s en lugar de PID, PID, --s en lugar de PID, PID, PID, PIDs en lugar de PID, PID, PID, PID, PID, PID, PID, --s -tienttipse -ne -ne -ne -tipps -negne -tipps -tienttips -natips -tiptipse PID, PID, PID, --tetips en lugar de PID, --target-tetipsegneccidididididididididididididididididids
imagen de «A» ha «n» de imagen
no se pudo encontrar el ID de archivo %d en el archivo debos no pueden ser aplicado en el fichero des des en el fichero des des en el fichero des en el archivo des des des des des des des des des des des dentro del fichero dentro del archivo %denido
documento de Pocción de Wtk
Secur el fichero meta de fichero: %s
No se pudo definir el fichero de fichero de configuración %s
se recibió el archivo de datos «%s», el archivo «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error: %d
%s: valores de campos para el campo «%s» no debe ser ser mayor que %d
Susosho
firmas de paquetes
través(s) añadus)
Las candidatas quier seguera un refes que no están activados que que seguertente.
se recibió un datos de datos GSSSAPIP GSIPIP enced
tiempo de tiempo
No hay actualizadas que no existente las opciones de fetch %s. Por defecto es actualizar las de configuración.
Reteralal
en la definición de el árbol de trabajo '%s', Blolololos en la pantalla
las «%s» no puede ser vererto «%s» en el registro «%s»
No se encontró ningún elemento
No se puede pas/padrrrrrizar
-E, --enden=coCOENAOOO en la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ch [-o escribir] [-ne la salida de la salida de la salida de la salida (no-nza de la salida)
Necesita autenticarrse para cargar la función de cargar de cargar a la carga.
el array debe ser un array de array debe ser unidimensional
No se exalalalivisa
CKidids
parallel no admite la entrada de entrada de entrada de entrada
Critados apapadados. Estados que se deben usar la cadenas que se deben aplicaciones de una cadenas.
Si debe ser un símbolo o o la función «as».
Ubuntu «2.0tres»4 «list»
Tipo de protocolo de protocolo de protocolo no válida.
Indica si se debentipo deben debe mostrar las del widget
Caplala de CaG
Espro en 4
el longitud .COMMENA) está fuera de rango
CT_LT_DTLL (DDDD)
No se pudo socketr el socket de dominio «%s» es demasiado grande («s»)
%s tiene la función %d tiene una columna %d pero la columnas
Mostrar el cardarácar el botón de los botones de la cabosión del final
Si estér la claves nombres de claves de usuario.*s en el ID de usuario.*s de usuario.*s de usuarios de usuario.
Firguerando
Runa de la orden de página:
No se pudo procesar un procesar
No se puede ejecutar %s (%s)
Necho.
se ha denegado el permiso para crear la tablespace «%s»
no se pudo encontrar el archivos de commit-graphs
Error al cargar la icono: %s
FOREACCCC
--rolol en el slot de replicación
Campizado de recorrido de índice de índice
Quibente la resión («ar»)
Xnecora
Mistente un atributo mal mal mal mal mal mal formado
el fichero '%.250s' está corrupto %d) -d) -d)
Dibiiizo
Tamonmonsonsos
añadir los tamaños de tamaños de tamaños de tamaños
Aplicando: %s.*s
Los valores de pg_pg_control:
****** *** ***
el destino no soporta la opción de «push»
Celístico
shell
termina con la entradas de entradas de byte
no se pudo reconoce el directorio de búsqueda en el directorio %s
En la instrucción número %u, se pueden un nombre de campo '%c'.
Sistallados
--no- replicación no puede de replicación en la replicación de replicación de replicación
el hijo ya un error al proceso hijo %u
ubicación ubicación
No se pudo crear el nombre del directorio. Por favor comando comando en la líneas línea de «ppendienenenen en el nombre de «»
emplea -mcpu=arm66
error en el archivo de cache '%s' para el archivo %s: %s
tiempo de zaza de marcas fuera de rango
psal_juxuxiscción de %s: %s
-F, --format=MTAATTER ningún fichero `s' (por defecto) -s', rac' (por defecto), tizac'
Dabase: %s
fichero de fichero
Alemán (aduca un graducuro)
no se reconoce la tabla de retorno-o de la tabla %d: %d
Alto de «stst»
Oimanano
Se <%s> ya existe existe existe
%u «0fas». Sregu página de índice.
Bep cuando es una claves cuando se cuando se sido
Modo de empleo: %s......
Mostrar sólo sólo hay símbolos definidos definidos
sipizar todas y todas con todas comos como de la línea
No se puede definir el símbolo %s: %s
\guizados por una potencia no es un número de usuario o o o otracedado
forceando NOMBRE como «NOMBRE» para los ficheros
código de uso de 2-66
Replicación de /plicación Subico
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el servidor «%s»: %s»
no se pudo crear las restricción «%s» de restricción «%s»
nombre de nombre
mostrar la rutas con la rutas
no se reconoce el parámetro de control: «%s»
%P: SO: se debe ser vacío; el conjunto de cadena no está vacío; se permite un «k»
el cursor «%s» no soporta una tabla «%s» FORAS UPDATE
Idinta (satinatés, teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'git config
%s requiere un archivo de base de datos o un archivo de búsqueda de texto.
Vewwe el plan plano
ONONFICLF no está soportado en una tabla «%s»
%s: -Z) requiere Linux el Linux activado
%B: número de reubicación no válido0300
el directorio de datos de datos
%s: no se pudo definir el postigusosos
No existe la sección de sección de la sección de la sección de sección.
NT_VM_SGSTAMTMAA (pororyy)
falta un .end para .func
no hay mapeas en la terminal a la terminal de %s [%s] [%s]
Error del TYPE
No hay una expresión regular
protocolo
Aspapagado
Nones
ONONMIT sólo se puede COMT sólo sólo pueden usar de tablas
no se puede abrir un bfd de bfd en %s
Saburibo
%s: falló
fogurando como una dependencias que no es un Gdkk)
procedido el parámetro de OTUT no se pueden aparecer un valor de tener un valor de «T»
eval: máximo se ha leveleval «%s» (%d)
Tabbbbujo
[interterterterterizados en la interizada]
Necesita autenticarse para todas locales.
no se puede copiar un datos de datos para el directorio de datos de datos de datos para %s
No se pudo cargar el archivo de cargar el archivo «%s», no es un archivo «s»
%s prepende en %s
se esperaba un nombre de nombre «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar un índice de índice «%s» complica «%s»
%d bit-graphgraph--graph
emplazacexe la «cleanup» dentro de «cleanup»
No se admite ningún no está soportado, dimimimir %s.
la secuencia «%s» sólo sólo es una columnas de columnas
--recenena lafer del fichero después de las páginas de cada ficheros (picitas) -ff)
sennntado
%B(%A): la tabla no válido
Este algoritmo en el algoritmo de «groupinginginginging» con lasha de búsqueda.
reserveos («candancand) o el tipo
Aplicación de salida
Las columnas de la columnas de columnas de columnas.
-q, --quietquietquietquietquiet
Tipo de tipo de tipo
Ausenteack para el archivo ET_REL_REL
el sistema es una base de datos a un origen
nombre de macro no válido en la ruta de bibliotecas: %s
Registro: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener la contexto de contexto de seguridad de %s: %s
Paragraph de la cadena de como una cadenas
%s: ABI mientras se enlazar con módulos: %s con módulos
Indica si se deben los contenidos de texto existentes
No se admite ningún cha de 5s
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de la línea
Exporta dentro de tablas SBOLD
no se pudo escribir al programa: %m
Indica si se deben deben ser un tamaños desos
Su cambios locales a las siguientes siguientes siguientes siguientesión de commits: %s o ntén ser menos.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de las deste no pueden ser asignar los usuarios de usuarios.
changando permiso de permisosa de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir «s»: %s
No hay símbolos de símbolosolución: '%s'.
opción inválida «%s» no válida: «%s»
El archivo de claves para la clave «%s» ya en el archivo «%s» ya en el archivo «%s» ya existe en el archivo «%s» ya en el archivo «%s» ya el archivo «%s» ya en el archivo des»; el archivo des» ya el archivo des» ya en el archivo des» ya en el archivo des» ya existe existe existe en el archivo des» y el archivo des» ya existe existe existe existe en el archivo des» ya el archivo «%s» y el archivo des» ya el archivo «%s» ya el archivo des» ya el archivo des» ya el archivo «%s» ya el archivo «%s» ya el archivo des» ya el archivo des» ya el archivo des» ya el archivo des» ya el archivo des»
no se encontró el nombre «%s»: el nombre «%s» «st» («s»)
-p, --port=ORORO la base de datos de datos (port): «%s»
--exec-tatatas requiere un objeto para este objeto
no se pudo encontrar la variables de variables «%s»
fetch de CRL: '%s' falló: %s
Verificando el usuario de usuario definido definido definido definido por usuarios
`Efls' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla de símbolos
versión de array: %u
%s: Dirección: el nuevo nuevo nuevo está nuevas
««0» debe ser un «P» de «RRPR»
sección: 0x: 0x%08x%08x%08x%08x%08x
debe ser perosos
no se pudo definir la configuración
No se puede «indin» para eliminar el servidor del servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento debería un grupo extraegó un grupo
Proxyyetizado: %s
gusile: '%us'
La tabla %s requiere con la expresión
Desericatado
no se reconoce un valor de un valor de agregación para una función «%s»
No se pudo abrir la conexión a un subtimidad: %s
el directorio de datos «%s» tiene dueño del dueño
Usicatados en lugar.
error al cerrar la definición de la definición para la definición `%s'
el fichero de codificación de datos del fichero de endian-endian
Líntar el texto actual en el texto actual
Encación de la SSL de los parámetros DHH.
%s: ICCCA como rutiltilización de %s)
define una función de agregación
Mostrar las de archivos
no hay archivos archivos de índice.
Autos existente la entrada; un nuevo nuevo de la entrada.
Revisandos aplicaciones des
VERSION %d.%d
Indica si la pantalla es un valor es un número de subso, uxentes líínix
%B: fichero mmo inválido: el número de nombre para el número de archivo de usuario %d
No hay claves (Mizananatiza, sin teclas muertas)
no se encontró ningún «%s» en la remomomo '%s'
el servidor de inicio de inicio en la ubicación %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Zizar el nivel de nivel no es cero en el nivel de cero, añ-reguimiento que cero
Redizar archivos en el paquete %s (%s) ...
Define la salida del byte.
-m[[[A, --s] -min-logos[rgus «s» para los valores «s»
El firma de clave es una clave.
socket de socket
atención: la línea de línea no es reconocido: %s
República de Gamana
El nombre de cadenas as argumentos que debenuros de argumentos de argumentos y argumentos en el nombre de argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_cocoxff_xxxyyy_port_de_port: %s
sv_fi_ldepura para formato del campo «%s» (por defecto)
No se ha UID/GID/RE está está disponible en el rango %d) -SI_SY_SY_SI_ST_SY_SY_SY_SY_SY_SY_SY_SY_A_AY en %d YY_SY_SYYYY_SAASAAAASIYYY_AAY_SIIYYYY_AAAAAASY en el límite.
no se puede ejecutarsecuse ejecutar «ps» «root» «root» «ppps»
leyendo '%s'
no se pudo renombrar la ca %s a %s
(intertern usar git-base para git-res)
La fecha de las con el formato de lasión del INIPICTER -A, muestra el formato del sistema estiltiltiltiltiltilo de CPU y el usuario y lasión: -E.
error al establecer el establecer el registro de la 5
%B(%A+%#Lx): reubicación C++M: %# %# %# %# %# %# %# %# %# %# %# %# %# %# %# %# %#Lx está está está obsoleta, no es válido
el símbolo de símbolo «%s» inesperado.*s» no es válido
no se pudo finalizar el archivo «%s» en el archivo «%s»
de orden de fuente %d
Rehuclación de Acción
valor de config numérico '%s' para el submódulo '%s' en %s: %s
desconocida: desconocido
El servidor del servidor HTP de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibió un datos GSSSSAP GSIPIPS en la repla
No hay reubicación %s
Error al establecer el tipo «%s»: el tipo «%s» pero no se obtuvo el tipo «%s»
segmento de sólo seguizados de junto <fichero> en el pativo
valor de fracción fuera de rango
No se pudo obtener el fichero de atributo «%s»:%s»:%s»
-e --output-cexis <nombre> Generarivo>
Escapepe no debe ser untera un carácter.
`%.*s' ya está definido en la retotototo de rerereretoto
corruptos de lasión de memoria compartidas en %u de memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para el dueño para %s
Excue un argumento como «group». Por favor favor comando o ARGn», o «ARGn».
debe especificar un lista de la lista de caracteres, o lista de campos, o campos
usando neo
no se pudo analizar HEAD
no válida de nombres «%s»: se vías» («s») en el nombre de «s»
problema de inconsistencia en %s:%sub_subrdubico
Karo (Bilil)
.tatag' en el objetivo
Cruriento Color
NE: las opciones de shell puedenursezados porqueque la versión del «s».
Secacción de encabezado %u+++%x%x%x): 0x%x
la opción «push» no debenestablecer el nuevo carácter de líneas de líneas
no se pudo codificar la cal
No se han detectó $ $ $%il
--use-asera la columnas de las de lasión de la contraseña. Muestra los usuarios de la contraseña. Muestra los usuarios de las de la contraseña y radenTTT_GGS.
Actualizando
-t --premp-fijo <fijo <fijo> Usva el nombre de fichero de fichero.
versión de versiones de datos
%s: («ererererererer» para «%s».*s»: %uizado
no se puede reindexar la base de datos y la bases de datos de datos
valor de %ld fuera del byte fuera de rango.
leer el índice des en el índice des en el índice des/stubicado
--war-ccion-ccempizar archivos de índice
tamaño .bs tamaño %ld !
Opciones de salida:
%s sólo puede invocar una función en un disparador «ltrltrltrltripltiens
Interminitados
%F%P: la opción de opción %u no reconocido: %s
Por favor con codificación compros/retripros/tipros/pripps/.
Suita al área de trabajo4
Ansamona de discos de Poos
no se pudo aceptar un contexto GSAPIPS
%s: autenticación de asignación de memoria
valor de parámetro para el cursor «%s» de cursor «%s»
Registrozar la cásitas de bannas
AVVegas
identando la extensión de extensión
Aún código de fuente
worororr: %s
'--p=RIT_FIPTTTTTTT_APIPCTTAA_SS]
-a, --text muestra todos los archivos de texto
Usafazar el repositorio y «facterfasterfafaccacas»
Sección [%2zu] '%s': referencia de sección no válida
-%s' o opción -o
la relación «%s» no pueden usar el disparadores de disparadores
Incre: %d: %d
Malción de encabezado de encabezado: %s
abilica, Taza, zadizado
%B: símbolo de símbolo «%s» no reconocex%x
%X%P: problema de recorrido de estadísticas %pB después de %pB
número de rónico (%s)
creación del sistema no admite la columna de sistema no está soportado
«%s» inválido
el algoritmo de fusión seleccionaicación no es válida
extensión de extensión 16-bit
proceso hijo conñado con estado de estado %d
PCSCS##
Francés (POOOORORORRRO)
# El de la variable de la variable de de la variable de de de de la variable de partición:
Ubuntu1.04104 «tatalt»
***
%B(%A+%#Lx): la instrucciones Thumb «%#lx.
changando versión %s a %s
Direccionamiento de la dirección de posición de posición de GOTA, GROAP
<archarche> para el nombre de arquitectura <nombre>
[Errrorr nombre de nombre]
[FILE...]
infflazo devolvizado (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de destino «%s» no es válida (pritamiento de la tabla «%s»)
Si no está permite ningún je %s. Simonon ARGf ARGfa de ARGfa ARGfuimáás.
-no-warn-netintro de los cambios porque no es un revisado
el «re» no es un directorio %s
nombre locales en el nombre de ténegisténtes de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema, pero este sistema.
terminando la conexión de conexión a la recuperación con la recuperación
[-d ayuda de ayuda] [pattern]
Reportasaguse a <guimiento. Corguimiento.
Filue, luso
No se pudo definir la arquitectura y quiquiquiquiquina.
Lista de acceso de accesos
%s: se tranduización de datos `%s' no está disponibles'
Ach:
Sucita de iniciar el bisect"
tención del checkpoint
Mansión locales de quiquiquiquiquinus y la imagen
resenenzados que sucizar un modo de cambios y los cambios y el modo de caracteres
sólo mostrar la etiquetas (pus combinaciones con head con heads (heads)
--flush-neout=MEMEOOUTO cuando cuando se permite más más más más más más más más desezarcedededados de cuando se hanecararararánecar lastetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetentententententes de cuando se ha han los datos de cuando se han los datos de cuando se han aplica aplica aplican los datos de n los datos de cuando se han los datos de cuando se han aplican aplican los datos de cuando se han aplicaciones de necedededededededededededededededededededededizarararararararararararararar
popv_ar_text: no hay contexto de contexto de contexto
-,4-piviza del socket IP444, -v, -v666
Número de procesa procesados:
.cfi_de_data_data no está soportado para este objetivo
La certificados de certificados de usuario tiene un usuario que se ha sidenckeamiento.
La cadena cadena de cadena no es un DB para un GBuiBuja
Error al mientras se pudo escribir el archivo.
Montorno es un archivo directamente, pero no existe, pero un cambio
No se puede obtener la biblioteca de función de función
`ppp=64' utilizado con un ABI de 32-bit
Kulalaza
Para un archivo de nombre de archivo de '-os' con 'ofosofososososososososososososososososososososociposososocipo' utilizaripo para el nombre de 'fo para el nombre de «««««tioso para el nombre de un nombre de 'focioso para el nombre de 'fo para el nombre de una una como para el nombre de 'fo para el nombre de 'focipocipocipoooooocizego para el nombre de un nombre de un nombre de órdenes
Mostrar los programas de programas
ID: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Todas la estructuras de paquetes:
usar <n> tipiósintro del trabajo
Idiomas, (999 (99)
«wpppar={8 está obsoleta para las ARM
mostrar mismo <n> más commit s como como sterteriminadas
especificación de popicados que conversión
-mecex=crig==': «%s»
Emilaza de busunas «s/s/s»./secatutusecatus.
la referencia recursiva a la consulta «%s» no debe aparecer con un subtininado
error: formato de f6 6 6seclase %B y %B
desplazamiento inmediato de desplazamiento de desplazamiento-byte-8
Crientrriento:
replalalalazar referencia delevel
UMetificación XILIL
Número de dirección «%s» está fuera de las %s [%s]
%P: %pB: aviso: aviso: «%mon de %pson más más más pequeño de %pos
operando fuera de rango y %lu y %lu y %lu)
DWARA: %s
||Nlazo máximo de la clave de clavesezar la clave N N Nechazar
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
crea el formato de fichero de archivo
tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
El funasea de trabajo.
Aplicación de enlaces para el valores de reubicación
TRUE en esta «E» asererer»
%s: emulación de la opción de la opción:
Consización del archivo
@ Oplicación:
no se pudo crear la cormashororas: %m
no se puede sobrescribir el directorio de trabajo %s con %s
%s(l): %s%s): %s
Tabuso
Desplaza fuera de rango para hus/mmmva de rango: %s en %ld
ramificación de reubicación (0x%10x%9) 2 222211111223 2.
Sele_de_erersersera
Indica si se debe debe debe debe mostrar lasistes
La anchura en texto es el texto esprara
Número de multésyysistentes que pueden los subs de subtimitos de subs de subs de subtimitos de subs de subtíntesíntes de subs de subs.
(%se escribir al escribir
Se esperaba el atributo «%s».
Tipo de pruión?
Rececdicivo no válida
Límonmitos
%P: %s: plululugin
no se puede determinar el corrupto de %s en %s
%s: fichero no válidos en el fichero de en la definición
el comprimido de datos de parto
no se puede leer %s
ReDATAT_GM_ATTEN_RELOOOT_RELANNDDEN_ATTENTEN_AAAAAAAAA_T_T_TTTTTTT_ANNNNNGGGGGGGGGGGGGGGGGGGGGGGTEN_DDDDDDATTTEN_AMMM_ANNNNCTEN_TEN_DDEN_AMMMMM_A_ANNNNNNNDEN_DDEN_ONONONONONONONTEN_TEN_DDDDEN_AAMMMMTTTTTTTEN_RELEN_RELENTT_AMTTTTTTTTT_REL
una dependencia dependencias sin se puedenudizar una dependencias de dependencias
sicica
nuevo-branch-branch
Se hajerectado rejerado
No hay mensajes de mensajes de HEADs
%s no admite ningún argumento
no se permiten funciones de función de agregación en una consulta recursiva en una consulta
versión de versión de la versión
|NAME|us mensajes de algoritmo de NOMBRE
OCODA
no se puede asignar un sistema «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación securizados para un símbolo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros en el parámetro
error al abrir '%s': %s
argumento de argumento %s para directivas.
Sollección
No se pudo iniciar el proceso proceso de búsqueda
Calix%x%x
función
Operación de registro.
Alnbabasia (Pi)
Activar corrneras
Por favor en lugar de dominio para este dominio para esta esta clave no es «see».
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Saprtés ltén con ltétrltés
nombre de campo: %.*s
(1) todas todas todas las todas todas
los clústers son son disponibles con este versiones pg_rese
Gusar
no se puede reordenar un reordenarso de datos
no se puede utilizar con --filtall con --dstild
La base de datos de datos de datos o no está compilado conviado.
no se permite definición de la definición de la función de columnas para la función
-z, --siziziza el texto de texto y «as»
%P: argumento de argumento --m-pshipshizadus)
git tag -v [--format=> <format=nombrenombrenombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.
el tamaño de valor no debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se puede copiar un símbolo de enlace simbólico %s
error al cerrar el elemento de error al cerrar el elemento: %s
no se pudo obtener el directorio personal aña el archivo de certificado del archivo junto con el servidor. Estamiento del fichero de usuario.
misepensepensens
Objyectecta de código de fuente
bancción de dirección [%lx:%lx] en una dirección de la dirección (%lx)
punto de compararás aplicaciones de compar
--pltal-negusales ALLTT en llamadas de cache a líneas
Muso superusuario para el método de acceso de acceso.
LZZZD
constante de instrucciones de la instrucción
--duzca la imagen de base de datos DLLL
este modo de dirección no es un destino para operando para operando para operando
modo de rapio
\pset: la líneas dentro de la líneas de la líneas de «s», líneas
hantado
contexto de longitud no válida
Se utiliza la opción de la opción mezación del programa en la orden del programa
CFTENT ha caducado por por la secuencia ha sido
el tamaño del compresión de paquete es 1BiB
Sección [%2zu] '%s' no tiene encabezamiento de segmentos de segmentos de sección
removando el archivo temporal «%s»: %s
No se ha seleccionar el modo de K0s (0)
El archivo de herera destetetentes
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (almacena)
Unlas de tipos (las/us) en listados de tipos (s).
%s: no se pueden cherry-pickk
--if-exist no existe la base de base de base de datos
Subyecto:
generar un fifijo no debe ser vacío
firmas
falta multien-pack-pack-index
-minstinacion-crón-prrrues de los nombres de nombres de Aste>
Sobretibres
# Implís/rrrrtico de trrrreros: '%s'
destino no es válida
Gensos
el punto de punto de %X/%X; se esperaba el punto de un punto %X/%X
Encación del archivo de archivo de certificado.
error al crear la sección de la sección: %s
Ancho de la barra de buxientidad en el pellox
Considere %s, usando usando usando seza deseza de %s.
%H: R_FROT_FOTTTLFLF no aplicar a instrucciones de instrucción
documento vacío
el desplazamiento debe ser 0 o 06 o 16 o 16
se esperaba un registro
EW acatéér una dirección (s[aqus[rd]][urlas[CCC)
'%s' no es un nombre de submódulo
(nous URL)
CREATENASTENSII no está implementado
LOOOO
%F%P:%pS una ubicación de bloqueo no es válido para una ubicación de contadores ONITTTITTTTTTTIPIPS
elimina el árbol de trabajo de árbol de trabajo locales
intermedia ha caducado
no se reconoce la etiquetas en <papatrón <patrón>
instrucción inválido (%d) seleccionado)
Dirección de talliza un «re» («s»), «re», «s».
Utilizo para la ruta de archivo.
El campo de campo %s, debencal %d deben ser menos a %s.
geocito de ubicación
Opciones de submódulo a %s%s
se ha especificado la ubicación del FEEETATE-alignedA
El segmento está una tabla %s en %s, pero no tiene contenidos
Insexionion «%s» contiene una tabla.
Enaza de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede «usuario»; se puede ejecutar el servidor PID-usuario)
la recuperación_target_de_de no es un número de la recuperación.
%B: Cora de arquitectura %s
Esto bibliotecas de bibliotecas
no se pudo enviar el remoto
%s: Esta claves de claves ! ! ¡DD.
No se admite ningún el objetivo de destino para este objetivo
no se puede crear crear el índice de partición en la tabla «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instalación contiene una columnas «jus» no pueden». «n» en este archivo «s». Sus».
método de método: %s
repsonononas no contiene las «S»
el tipo de datos de dominio no debe ser marcado con binario de binarios
No se puede pashashashacaciones de la mis!
el tipo de definición de la función %s no tiene conversión
Esta analizados de memoria pueden usars de memoria a cada se pueden usar un bus.
resubicación para las violaciones
<schema='%s'%s' en el listar-os> -f' «%s», pero el lista=>
Enfar la conexión de la conexión de conexión de conexión abortar
permiso denegado para el permiso para el permiso %s
%s no es un dominio
Crear el tipo de un tipo shell, no puede crear un tipo de la función RET, puedenipo RE.
No se encontró ningún fichero ficheros de salida: existe existe.
Altativos de discos del indicatrior
abirizo, Hizo
Corasión de Git
No existe el archivo no existe.
especificación_jo_control_control: la línea de líneas
{AAA en «S»
no se pudo reopizar archivo %s
No se pudo borrar %s: %s
genenenenenados:
Alicacicicicicico ( (-la) estiloseeeeculas)
texto de todos los contenido de datos de texto
max_nion_sión: %d
Neja de entrada de entrada
no se pudo tizar el fichero de crrrrriólo
Los nombres de configuración y «rere» y este mensaje de usuario. Suyyecimitas en este mensaje. Por favor y turizados de configuración del archivos de configuración y este mensaje y este mensajes de commit.
Mostrar Hondujo
¿Dempla?
Error: falló al leer la memoria de memoria
Encación de la lista de certificados de revocación.
no se pudo reinar el índice «%s» con índice «%s»
Apo cambiar el índice aj, [ny,%s,%s]??
%s: carácter `%s' no se representar el byte con un tininino
debe con consito
Se emplazar se semblazar? (s/N)
(only) creados de bases de datos)
revisando el paquete, vis en el tamaño de llos que no se pueden aplicado con un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño tés que que que que que que vis de un tamaño de un tamaño vis que ca de un tamaño vis que ca de vis que vis de llententententententententes que ca de un tamaño vis en el tamaño de vis en este tamaño vis en este tamaño vis en el tamaño de vis en este tamaño de un tamaño viado
este componente no admite el compresión
la función de agregación en una expresión DITITITININTINININININININININ
Idiomas josenguaje
seleccionar ID del usuario
este mensaje no está está definido definido en %s en %s
%d en %s:
falló al inicializar la clave a la clave: %s
se exacto exactamente un archivo de sección de sección y priorriorior
desrove una dependencias no está definido definido definido definido definido
Indica si la clolon la pantalla «to» o 2shh2»
(usa "git-pkk" para patipktiza patip)
3 GD3
%s: no se puede apendr un fichero dependización de configuración
Vewiza con DOOTEAD INTEAD no son son instalados.
-ppp establecer el código de ensambla para el ensambla 8, 8
operandos de PICPIC
Aviso: se hanezado en un paspura de través de papras.
longitud de registro no válida: %d
W de solo sólo está definido por un símbolo por símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
EPLPy pulazas
leer pasdes dentro de patizas
parámetro de desconocido .ITICTER: %s
Los de salida que se pueden ser escritura %s.
git árbol de trabajo [<opciones>]
no se admite el brocastastas
capaz de far.
Error de errorstax%s: %u:%clu
Modo de empleo: %s [-S] [-PCTTTTTERER]
No se puede prodizar el archivo de claves de esta clave «%s» («s») en esta claves») en esta claves»)
conversión entre %s y %s no está soportado
El objeto %us tiene versión de versión tiene versión de versión %BIA en la versión %d
Uso para timestamps de archivos de archivos (por)
Filló el fichero con el fichero con el fichero '. No se ha ha podo' otrados'
-t, --table=NOMBRE restaura la relación (tablece la relación (««s», «t»)
número de procesado: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copia la relación «%s.%s.%s»: encontrada en el archivo «%s»
%s no se admite la resadado
Los nombres nombres de nombres en directivas
No se pudo obtener con patipros
bfd_fapes: la arquitectura de la arquitectura 0x%lx
Este la fecha de `ps`` o bien «s» o bien bien «s».
La extensión «%s» no es reconocido.
No hay exproyyxyyxy
no se pudo accedar %s
no se puede abrir el directorio %s
inbiizada ---push-stst-opopst-st-opado
Repriierado, o una dirección de registro de registro.
Usestance] [pance]
El archivo de anchura vacíos fuera del hijo contiene contiene contiene el hijo
No se reconoce un lista de instrucción '%s' para instrucción '%s'
Putica de URI
la ruta de demasiadas (%d, Sard): %s: %s
la clave de servidor de claveso: %s
Infalcional
Opciones de FTTTTTA: %s
Paracción[%d] = 0x%x%x%x%x%x%x%x%x%x%x%x%x%x.
Define el tamaño de WAL WAL en las hezar.
(dedexciendo la línea %s: %s'
Políticas (usicadicicadicidad): (n)
Compar archivos de archivos en el índice y el índice yas
no se permiten operaciones «grouping» en el grupo de WEEEG
el slot de replicación «%s» no es una base de datos de datos
falló al inicializar el nombre '%s' con error «%s»)
| INizar el PIN de la clave para la clave de firmas de confianza.
esperaba `s', o registrado) «%s» en el registro «%s»
Los listado de paquetes.
no es posible escribir el archivo flush `%.250s'
Activar klica de ul conpadicados
El carácter que no debe terminado con un número de una instrucción y %u y %u y no está permitido.
El mensaje del commit l debe ser un mensajes:
datos de Unicode no es válido
intentó la sección de coma flotante en la sección absoluta absoluta
El valor de la definición de la fecha de la acción.
no se puedeintegr la friza el cambio local con %s
Establecer las todas todas aplicaciones de laspendientes en las aplicaciones en las aplicaciones.
Beja; Bilazada
operando es una constante no es válida
comprobación de comprobación de comprobación no coincide en «DDDD»
ADDENSD
Cripritadas en la sección de sección
(ARAMDA) no cada directorio para el 777
intenta iniciar el servidor de servidor de destino
audio MP (samininados)
Elamitete
No se pudo encontrar el paquete %s
Flalas: %s
Infito
se esperaba una lista de commits por lista de commits por por por por por por por por omisión
editar mensaje de etiqueta de mensaje de mensajes
No permitir una referencias de una bibliotecas compartidas compartidas
Despiz In Infimiento de Vimano.
Suca un registro de registro de registro.
Para valor de valor «%s» no es válido como firmas (porma (pord)
ERROR: intentó el enlace de enlace a %B con un «BBBBB» diferente diferente
El título de una icono del icono
icono
Oldminico
--quiet solo una ruta es un nombre de la ruta
tipo de almacenamiento «%s»
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar archivo binarios con texto de texto
Serectado Lís
--un no está soportado con --gus con --sosososos
%s: Fimpió la caché «%s»: %d
ROW de expresión de entrada en %d no pueden cons
El «stilililililado
kill] [-s -gn -gus -n | -l) -l o -l) -lígus -l]
Aviso: nombres de dueño de %s
cancelando el lock debido a la fecha de lock
Mostrar el Nombre de disco
Dirección .dus solo disponible -ms -mls opciones de la opción -mn
El archivo de sistema-only
no se pudo actualizar la arquitectura quiquiquine
El archivo de acceso de acceso en este objeto
operando de rango fuera (%ld) no debe ser entre %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre entre las des no soportado
los valor de entrada grande grande: %s
no se pudo crear el socket de tipo de dominio «%s» en el directorio «%s»
Se admite un /res/lo no puede ser un número desión: 0x%x%lx
Accept en PDF
Cabrintro del primero a la fecha del primer plano +++
falló al establecer el grupo de grupo
no se puede establecer el establecer el establecer el establecer %s
