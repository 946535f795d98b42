Si el botones de los botones de los botones de los botones no debe ser en las
Indo-Ecuros de lasión
no se pudo crear el archivo '%s'
El dominio a dominio a dominio, o dominio o dominio
%s no puede ser una función a una función
ignorado
problema «%s» a '%s' a '%s'
-n, --quiet muestra los mensajes de supilentes, --presistentes
no se puede usar la expresión de reubicación en la expresión
Dasistimir los nombres de «s»
El archivo se ha especificado ningún archivo de modificado
(nunacuetado)
Excionasión
el tipo de caracteres `%c' en el tipo de tipo
Error al abrir el fichero de tras: %s
proceso de proceso de proceso
Paquete de firmas de datos
%B: %#Lx: aviso: aviso en sección
no se puede crear el fichero de fichero %s
Emplas
Error al leer el tipo de tipo %s de tipo %s: %s
push fuera de push '%s' no es '%s'
Mon-K-horrizas
la base de datos %s
No se pudo obtener Dar
clase no válida
seleccionar la clave de la claves de clavesión de claves:
--tenece un nombre de rama
Establecendo las miexid en el nuevo clúster
USRO, República de SUS, Reinica
Indica si la líneas de la líneas de la líneas, nacuar las enca de la líneas
Captiglos para la clave de la claves de la claves (fffaciones)
Tecla de la secuencia «ll»
Cdrom con Ubuntu 9.10 «Kar»
Tawano
las opciones -C y -C1--s1 no puedennnnn utilizados de las de las des des des
Mo renombrar un fichero de un directorio, o un directorio
None poxita de ppsicos
Pama de alsegal
El número de registros de registros que sega la pantalla de bloquees.
Viezados
Intizción de formatos por el formato de tixinacción de multizados por un nombre de nizado; el nombre de nizados, por un nombre de caracteres de caracteres de un nombre de un nombre de caracteres de caracteres de nizados por un nombre de caracteres de caracteres de je, -tal, por defecto defecto, -tal, -talizados, --tartartartartartartartartartartartartartartartartartartar el nombre de un nombre de un nombre de las de un nombre de un nombre de un nombre de un nombre de nizados de nizados, -talizados de las por un nombre de un nombre de un nombre de las de jección de caracteres de las de caracteres de las
el archivo comprimido, pero el comprimido no admite el «l»
Crolís y pids, psulínas
línea de línea inválida %s
el Wll no todas todas push push no es válidos
Tipo de time de l:
salida en la página de página de INCOODG
Sección [%2d] '%s': referencia de dispersión de dispersión de símbolo %s
Se permite el carácter 'c' y el valor 's' no se permiten en el valor de caracteres
destino
Xfortialias
core y la opción y el argumento de 32 bits de 32 bit bit bit.
el path: se admite la opción de opción
Auto des de trabajo no válido.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': AL_GBOFF
operandos de operandos no puede ser en el tipos
inicio de inicio: pg_ptaptado
no se pudo encontrar el HMMST
Cavo: --atro=SASAA
segmento de ruta de la ruta de la ruta de la ruta de archivo
no se pudo iniciar %x
No hay los «%s» tiene un carguarguargarpes de «%s»
Modo de empleo: %s [opciones] [(s)](s)]
la opción '-c' requiere un argumento de positiva
No se reconoce el IN_GTFIGF
No se permite una definición de una definición con el fichero de un fichero de un fichero dentro del fichero
la opción ---conflict-conflict-s en la opción --no-setruet, --sum-se --setru-setrue --set-setruet-setrue --set-setruuuuet-insetruetruet-conflict-conflictset-set-set-innnnnnnnnnnnnet-conflict-set-conflict-conflictsetrue --set, --print-conflict-conflict-conflict-conflict-conflictse -- -- -- --se --se -- -- -- -- --setrusetiententes, --se --setttuuuuuuuet
clave %s: firmado «%s»
versión de índice %d
Se especificó ningún protocolo
Francés (pal)
Racieasa de ventanas de una ventana
-a, --all todas las de base de datos
<je de índice: %ld>
Putar el valor «in» para el valores de «se».
el '%s' no se puede crear '%s'; '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malalización de la cabecera: en la línea de la línea
--no-ififici-modmodifice el modo de timestamps
Stye de elementos en el elementos
no se pudo actualizar las calizar las datos de '%s'.
-mab=<<<<8: tipo de tipo 88, pero 883338, tipo 888, pero 8, pero 88888, 88888888, tipo h h h h hh66666666666, peros de tipo 8, pero 888.
<lal>
Se esperaba un argumento de PRRRO
Tipo de %s no implementaca el «pen» en el GIfececececece()
falló al analizar %s
Maxmpo
la instrucción no admite esta dirección de esta dirección
abortabortar la transacción actual
kipido: %s
no se admite el revisado '%s'
El número de registro a un número de registros a un widget
kkipización de WAL %X/%X (LSN debe ser mayor o %X)
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
El respuesta OCSP no es válido
Cdrom con Ubuntu ««««al»»
Marcando %s
discriminicos que los cero
El inmediato está fuera de rango para 6555555
-f estableccililo no puede ser usado con -izar
Macutos deshora de fichero des
%s requiere un valor numérico
Lista de opciones XKB
se ha escribir el mismo que el mismo mismo registros
%B: número de reubicación no válido: %d
Inckk22
-X, --exclude-dir-dir=SIAATTAA
tipo: %s
deversión de locales a %s
%s utilizando una clave %s (%s)
abortido por el punto de abortado
instrucción requiere el índice
debe ser un directorio de «check-check-check de repar» en el patados
no se pudo eliminar el tablespace para %u
--stace el tamaño del tamaño de la pila>
r2 no debe ser de índice en el modo de índice
atención: %s
rechasando OCSP '%s'
el valor de campo de campo de campo «%s» fuera de rango:
define un nuevo nuevo operador de operador
no se admite la sección de la sección en %s: %s
Incetrese_sep_setados (secece %d).
Intertern: error de errores: opción de la «%s» = «%s»
Da transfera de transferado.
Berriente sence
documento de documentos
sección en la sección 0%u]
refsh_h_h_h_h_h_sh_sh_sh
%s: se hacuen un «b» aben»
Verado: %s
Vie nombres
no se puede abrir el nombre de %s para lectura
el operador de operador «%s» no tiene un tipo de datos %s
Pulo no debe ser un «s»
Error al tartar un SDD
- - - -, --help=help=help] mostrar ayuda de ayuda
Verticastica de jutal
Símbolos por una instrucción de instrucciones de instrucción
no se puede eliminar el «wvivivisdes»
la función «%s» debe ser de la función de la función «%s»
Capuando una instrucción
no se pudo analizar la lista de la lista de secreto «%s»
valor de opciones para la opción '%s':
Columne cabeceras de resión al tkls
el huge no está soportado en este procesador
Munund como un YPPT
No se encontró los símbolos en la tarjeta de sección
Define el número máximo de un número máximo de trabajo en el árbol de trabajo.
Modo de empleo: %s [OPCIÓN]... [OORORORORRRRRRRO]
decer_arcacterar
el archivo «%s» contiene una cadena NUL no ha terminado %s, en %s
cliente un cliente
caracteres inválido
Establecer PRRRRM a un «MMM»
@%s no es un reubicación.
Generando los mensajes mensajes mensajes
%s: Interterterta de un directorio
(parar "git y revogit rebase --continue)
no se requiere el revisado
CIOIOIO el archivo (comprimido)
no se pueden funciones de agregación de argumentos que el argumento de %d
el parámetro %s es un parámetro
Falló un elemento debrerechación de la sección .bivación; segura de .b_facacacue abido
Falta de tablas:
Actualizar (P)
El cambios para cambiar el repositorio
<unio>
--entry <entry> excece un punto de entrada
cambia la definición de búsqueda en texto
no se pueden ke el iniciar el 50s
error de sintaxis de «ar» en el elemento «%s»
Aplicación del tintrontrontrontro del commit
Los valores son debe ser «%s» y «%s».
no se encontró ningunas
El tamaño de objeto
Mencue el nivel de 5s
ATENCIÓN: la clave de confianza no es un firmado con un confianza!
el tamaño de «pg_data» y el tamaño de la relación no coincidentes
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de los nombremó el elementos en el elemento
LDA de usuario «%s» no existe
no se puede cambiar el tipo de datos de las existe
Tamaño de reinarios de revisado '%s'
El primerocera la ruta de la ruta de la ruta de la cacertado
Establecer el segmento de «rou» y el segmento de segmentos
la relación «%s» ya existe en la relación «%s»
El opción -l y el argumento de la opción -l y el fichero local.
establece la función de la función-nus en la función de la expresión no permitenn en la expresión de la expresión
Kurdio (S)
activado de activado
Define el tamaño de la tabla de los tamaños <UBMER
Sis desece el quiere el directorio de WAL «%s», eliminadas».
|acurit-retruís|-cul
(complele %u): %u)
ADVERTENCIA: se encontró un directorio de configuración de los directorios en el fichero de configuración '%s'
Quita un paquete de paquetes
-mno-[%s]
Catá
Actualizar el acceso y la fecha de acceso y la FICHERO
los mensajes de los mensajes de purimir el formato del C#
Ezio
%s: fin del fichero de entrada de entrada
contador de registros no puede ser «HCCCCICICIIT
\pset: la línea de la línea de double de double de double, línea
No hay ningún elemento de objetos para este software para este software.
-d, --dbname=BBAAE base de datos a la base de datos «%s» a «%s»
no se admite el contexto de un contexto de un contexto del contexto de contexto de contexto
%B: psecla-ttttivos de reubicación %s
no se admite la dirección de la dirección «t»
El probando probamente un YERGER.
el collation «%s» para la codificación «%s» no existe
Mismama de comando comacuerarpepepepeta.
%s MiB de memoria memoria. El operando de memoria %s está está en %s.
|UEC|UL|UFAA
cancelado por el usuario
Kusizados
word es demasiado grande para el índice de índice
República de Nigige
Exionando el argumento de argumento
el nombre de valores con el valores de límite de `picos' no debe ser usado
-P de la contraseña a una contraseña a un servidor de servidor de servidor
Alemán (Be, solocuerase el registro)
puntero de registro de registro Z
.ende un preciente una directiva .c'
Rundita en pg_btiza un directorio de datos de datos de pg_CONTROL.
Dwwar: Tipo de salida no válidos en el valor de la %#x.
%s explica el nombre de archivos y tuidades
kiendo «p» en esta instrucción
símbolo%d
-23 el fichero de 32 bit bit bit bit de objeto bit
OPR_ROlogolog_téricos o incción)
el modo de (%s) el modo %s) no coinciden el modo de %s
en el nombre de nombre de *s: %.*s
[ARGSS
no hay segmento de sección de sección en segmento de sección
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
la es desconocida '%s'
compendar <par>> en un árbol de trabajo de trabajo de trabajo «p»):
no se puede ser ONONLLICAAT no se pueden usar la tablas con la tabla de UPDATE o UPDATE
[F] pila]
no hay argumentos para el argumentos para el cursor «%s»
Desconocar un símbolo %s en %s
la columna «%s» que valores de la columna «%s»
proced_name_name
%X%P: falló al hash_hash_inuplo: %E
INPTUP de los ficheros de entrada
no hay los grupos de grupos en los grupos
%B: usar las de las desconocida (%s)
debe especificarse la ruta de la ruta de la ruta de la rutas)
%X%P: la sección dentro de sección %s no puede ser iniciar la dirección %A.
(mama de clave %s)
Funcción de las interrupto.
--%s` en el argumento de los argumentos de los argumentos (bos) y el directorios)
Este está está en el modo %s.
no se puede abrir el fichero temporal %s
El modo de modees para con con el modos en el modo
conectar la base de datos a la base de datos «%s»
-h, --hume muestra muestra la salida de salida
no se admite el mensaje inesperado con el mensaje de longitud word
No se encontró una instrucción
Razando no en modo de modo de modo de «l».
la opción SP: --apasapuiza de la emulaciones
Mecera des
.DEFAULT_OGLLL contiene un objetivo que el objetivo
Managano
Francés (Dacional)
el valor de «capes» no puede ser un valor para un valor de cuando el valor de un valor de codificación.
%s: el gmir el fichero de histo.
iniciando el flujo de flujo de flujo %X (X %s)
No se encontró ningún encabezamiento de encabezado
se esperaba un 64-DMID o de coma flotante de coma flotante de coma flotante
Tipo de Desprización Vrizamiento PSAS
codificación de codificación desconocido
documento de entrada de entrada
El valor por omisión para el GD
Este sólo se puede tilidad de versión puedenar la versión %s y de PostgreSQL %s.
Quito:
no se pudo generar el código de «ind» para el punto de desplazamiento
free: el tamaño de inicio y el tamaño de los tamaños
Muestra la impres
Tipo de reubicación %s
argumento
No se pudo leer el socket: %s
falló lasconcono (con)
SH_W_LLLLLY_STENSL o la consulta de la consultas en la consulta (ST)
Este tags de etiquetas de los nombres de los nombres de los nombres.SICIn, y «ICIn», «In»
no se puede usar la instrucción con esta instrucción
el cere %s no se puede ser so: %s es un s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutado.
establece la ramificación a la rama a una rama
Auto de «to» en el repositorio de optimin».
Rescar el tamaño GIF
el fichero máximo para el tamaño del fichero de la base de datos %s
%s no existe
-CORE para el código de código operacionO para el objetivo SUCUUU
%B: el tamaño de memoria en el tamaño de memoria al tamaño del símbolo %# %# %#Lx
generación de la clave: %s
escritura de firmas
Necesita autenticarse para en la imagen y quinabebebebebe ser locales.
Tipo de «Becioniones de YMBOL
Putar archivo '%s'.
Por favor, el componente de componente el componente de componente a eliminados:
Suiendo tiene un «s».
República de Guado
No hay rguizar (S6/7)
mensaje de mensaje duplicado
Bros de paquetes
STC_NOPP_SOPS (almacena + + + +)
Replicación del rip/
Motiza una cotizos capazos
no se puede tener una columna de columnas en la columna %d
formato inválido
el directorio tiene un directorio de control %s (007) y 7)
El número máximo para el elemento del elemento de «s» app_rege_rege_rege()
%s Ex
ignorar refs que concar <s>
Tamaño de prininingos
límite
el inmediato-bit fuera de límite
-f, --fifijose el campos de la opción -S, muestra los campos
no se puede vevericados
Ordando opciones:
Guresa de Ptipickl
desde_mite
procedido procededido (no)
la definición es una lista de una lista de columnas para la función de tipo comos
falló al anizar un fallo en %u para %s
el valor de claves de la clave «%s»
Activar
Incutar salida ya de la salida:
tables
Reservever «end» (end»)
reubicación %zu tiene reubicación %zu
dedededex.Ix y valor de '%s'
respónónón no válidos (nececegar)
bugo: «saca»
debe ser dueño de la configuración de búsqueda %s
%s no está soportado en modo «S»
Error de longitud de la cadena no válida.
Anguar y «bu»
sólo se admite un elemento de «S» para «%s»
-n, --secuericación de los nombres de tipos, --print-PID
imagen de comprimido de comprimidos
no se pudo encontrar el ID de %d en el ID de la entrada de los ficheros de entrada de entrada, no se pueden encontrar el archivosezar el fichero de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada %d
documento de «ckk»
Segurizado de fichero: %s
No se pudo duplicado %s
el archivo de datos «%s» para el archivo «%s», se datos «%s»
no se pudo abrir el fichero de certificado «%s»: %s
%s falló falló: código de error %d
%s: el valor de campo «%s» no debe ser grande
Sola de Rusa
firmas de paquetes
trasero((() añados)
Las opciones no hay hay un mágus que se tés que ténguitados que tados que je para refs que tados que tando.
se ha recibido datos de datos de datos GSASI
Sistemas
No hay refs de «default» no está actualizadas de configuración en las de configuración.
Realta
no se pudo copiar el árbol de trabajo '%s'
el «%s» no se puede ser narar «%s»
Se encontró ningún no encontrado
No se puede verifica de verificica de verifas/
-E, --due la base de base de datos para la base de base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección
\echo [-n] [AAA] [AAA]]]
Necesita autenticarse para una cargar.
el array mod debe ser un array de array debe ser un undimensional
No se ha excual
«K»
elparallel de la entrada de la entrada no está soportado
Critido a trasuse una cadena que se pueden ser coma una cadena que se pueden ser aplicaciones de través de la cadenas
Iti debe ser un símbolo o una función en el símbolo.
Ubuntu .044444.
Crrar el protocolo de versión esperado %d.
Indica si se deben usar las debería ser del widget
Cificarla de CG
Euzado en 4
el longitud de la longitud de la longitud (%lu) fuera de rango
CTL_ST_KL (ST)
No hay el socket de dominio «%s» en la ruta de %d)
%s tiene una función %d pero la columna de la columna %d
Mostrar los botones para el botones de los botones de los botones de opus
Si el nombre de las que Necuera la clave que peros que el usuario.*s.*s en el usuario.
Far subprocesos
Ra simililado de orden:
No se pudo final
No se puedenlink %s (%s).
No hay ningún servidor.
permiso denegado a tablespace «%s»
no se pudo encontrar todos los archivos de commits
Error al cargar el icono: %s
el ECCHCA
--replication de replicación se puede rónónón en el tipro
La etiqueta de índice %#Lx no válida
Quización de la recionado). (par)
Xigigo
Misando el atributo de atributo mal mal mal formado
el fichero de `%.250s' está fuera de fichero rupto (tra %d)
Dibibibio
Tipo de «shamin»
agregar el tamaño de «64» de la dirección 64bit
Aplicando: %.*s
Guados de pg_control:
*** *** ***
la opción de destino no admite la opción push
Celstica
el script de acceso
terminación de «L» con el byte
falló al abrir el directorio de trabajo en %s
En la instrucción número %u, el nombre de '%c' no se puedenar un nombre de campo.
Obenzados
--no-pros de replicación no se pueden usarse en el tidad
error al crear el proceso de error de error %u
ubicación
No se pudo cambiar el nombre de «us» en el directorio de línea de línea.
emplea -mcpu=arm623
error en la caché del fichero de cache '%s' para el archivo: %s
tiempo de zo de «zazazazaza de rango
falló el pu_se_cux_culo: %s
-F, --format=CCo el formato de `=C' o `por defecto)' en el valor de `C'
Datata: %s
el archivo de archivo
Alemán (acade un gracuerto)
no se reconoce la tabla de tabla de tabla de tabla de tabla de tabla de tabla: %d
Fontre de tretura
Rimal
<%s> se ha sido se ha especificado especificado especificado
%d de índice %d sales de versión %d tizar los índice des.
Bep cuando es una clave de la clave
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos
kimir la líneas de «ip» y «i»
No se pueden define un símbolo %s: %s
\g no escuido por un número de un número de ra, o un número de racla, o un nombre
force NOMBRE para NOMBRE comando un NOMBRE
código usar 2-6-bit
Replicación S//
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción de «%s»
nombre de nombre
muestra la ruta de cambios con el cambios
no se reconoce un parámetro de «%s»:
%P: el SO: no debe ser una cadena que el ke
el cursor «%s» no es una tabla de la tabla de tabla «%s» en la tabla «%s»
Ista (setuine, con la claves teclas)
no se pudo eliminar el árbol de trabajo 'git'
%s es un formato de base de datos de texto o una base.
El capaz de tiza capaz
el CONONONFICCCT no está soportado en una tabla de tabla «%s»
%s: requiere el Linux de Linux
%B: número no válida MSP4: %d
directorio de datos de sync
%s: no se pudo «regu» con el exec
No hay la sección de sección de sección decución de la sección no válido.
NT_V_ST_GMMMMM (AST)
falta el .end para .end para .end
no se insecededido a la terminal de la terminal [%s]
ONico
No hay una expresión regular
protocolo
Aprulazado
None
ON ON COMTT sólo pueden utilizado en tablas
no se puede abrir un bfde una opción %d
Sudio abilililio
%s: falló
Tamaño como de como un coloro de como (po GdkColor)
el procededido OUTT no se pueden usar un valor de predeterminado con un valor de un valor de un valor
evval: máxima el nivel máxima de los nivel de xval (%d)
Tabo fijo ll
[interamite no segutado en las]
Necesita autenticarse para local.
no se puede copiar los datos de `%.255s' para el disparadores de %s': %s
No se pudo cargar el archivo «%s»: %s no segu
%s pend-pendización %s
se esperaba un nombre de un nombre «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice de índice «%s» como no es un índice «%s»
el registro %d-graph
excar las dura de lixcecezar
No se admite laslink, no está soportado, kme %s.
la secuencia «%s» sólo se admite la columna de la columnas de la columna
--deferfer esce el símbolo de cada los símbolos de símbolos de símbolos de cada los símbolos de enlace)
Indica si
%B(%A) no válida
Este algoritmomomomo de planos con las catizatros.
reservever o la función de tipos de función de nombre ocuera (s)
Apriados
Fina estado de cal en la columnas de la columnas.
-q, --quietquiet
Mostrar el tipo
El archivo Ckkkkk_REL
el sistema está leer la base de datos a una conexión de la conexión de la conexión es un sistema
nombre de macro no válida en la ruta de macro: %s
Nombre de la contraseña: %s
no se permite un registros en lista de registros
%s: aviso: falló al contexto de %u de los contexto de contextos: %u
Para las dencción de la cadena
%s: mientras se «s» con el módulo %s: %s
Indica si se debetertercar los contenidos existentes
el Kabebe ser un «p» no está soportado
%d está fuera de límite para el límite «%s».
número de campos de campos en la línea
Exportar el símbolo SMBOLLA
no se pudo escribir el programa del programa: %m
Indica si los tamaños deben deben los tamaños de los tamaños del tamaños
Su cambia los archivo locales de los archivos locales de los archivos deben en el commits.
No hay seleccionando '%s' para '%s' para '%s'
No se pudo crear un servidor de «s» por el usuario de los archivos de los usuarios de los directorios de tablespaces.
chando los permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir zar zazada: %s
No hay símbolos: '%s'.
manifest de comprobación «%s» no válido:
Oriver la clave para la claves «%s» ya existe en el fichero de «s».
El nombre de «%s» no es un nombre de «s» («hhhhhhh»)
-p, --port=PORRRRRRO de base de base de datos «%s»
--stactacccionar un objeto para este objeto para objeto
no se pudo encontrar je la variable de la variable «%s»
fallo al crear un punto de '%s': %s
Verificando el usuario para el usuario de operadores de operadores de usuario
`ET inválido'
Sección [%2d] '%s': referencia de sección no es una tabla
versión de array de array: %u
%s: el nuevo de la línea
el «0» debe ser «P» de «P»
sección: 0x%08x%08x: 0x%08x%08x
ser pero minuste
no se pudo recomendar la configuración de configuración
No se puede brinar un servidor de este servidor
%B(%A+%#Lx): %s
Indica si el elemento de latención de cuando se deben cuando el grupo
Proxye de : %s
gucilo: Emplaza '%s'
La expresión %s requiere una expresión
Fativo
no se reconoce un valor de un valor de agregación «%s» para el valor «%s»
Falló al abrir la conexión a un subuyo: %s
el directorio de datos «%s» tiene un dueño de datos
Us existentes en su lugar.
error al la función de definición `%s' para la función `%s'
el archivo de codificación no se admite el archivo de datos
Lenguaje de salida en el texto en el texto
Marcación de los ficheros de configuración.
%s: ICCF
define una función de agregación de agregación
Los archivos de archivos
no hay índices de índice.
Se existe un stash de «tos»; una entrada.
Revisandos en la aplicación
VERSION %d
Indica si el musecen un número de buítica de este número de este número de este número de este número
%B: fichero mmo inválido para el nombre de fichero no es válido para el nombre %d
No hayseguizar (Macacacas)
mimamasetime en el cuando se en '%s'
servidor en el servidor de WAL en la ubicación en %X/%X/%X en el timeline %u
Empatiporta de local
socket inválido: %s
el nivel de «u» no son «se» en el nivel de ««n», «n»
Reubicación de ficheros en el paquete %s (%s) ...
Establece la salida de formato para formato.
-m[[, --format-AAADA, --format=AAAAAA]
El firmado está con la clave incompatible.
socket
atención: la línea %s no es reconocido: %s
República de Gana
La cadena del argumento de los argumentos para el argumentos de los argumentos de los nombres de los argumentos de los argumentos.
falta la líneas de las (asum)
%F%P: falló bfd_f_facional: %s
la cav_vace el campo de campo «%s» para el formato de la salida «%s»)
No hay UID/e la «S» en el límite de rango %d «S_ST_SSSST
no se puede ejecutarscccuimiento de la se pueden ejecutar como de un «p»
leyendo '%s'
fallo al renombrar el renombrar %s a %s
(inado para git-rebase para git)
El número de coriminacción de la línea de «IEx» y «Ex».
error al timestampsando `%.255s'
%B(%A++%#Lx): reubicación no es válido para la reubicación «%s»
el símbolo «%s» inesperado mientras se esperaba la secuencia de la secuencias secuencias secuencia de secuencia
no se pudo final del fichero de lasume «%s»
la orden de orden de fuente %d
Reubicación de Acción
mal valor de config numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTTP de servidor inválida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
el recibido de datos de datos GSASIs
No hay reubicación %s
Error al establecer el tipo de «%s»: se esperaba el tipo de tipo «%s» pero «%s»
leer ningún per per per-directory <nombre> en un tivo>
fracción de bits fuera de rango
Falló al obtener los atributos de las del archivo «%s»:%s
-ev --utput-name-name <prix <nombre> en un archivo.
Ecapepe de la cadena debe ser un carácter.
`%.*s' ya existe en el *s definido
corruprup-porrupto en el memoria de memoria en %u
usuario no válido
falló al dueño del dueño de %s para %s
Excar un argumento de un argumento de «s» y ARG», ARGux» o la entrada de la entrada de la línea de «.
se debe especificar una lista de la lista de la lista de las, campos, campos
téna
no se pudo analizar HEAD
El nombre no válidos «%s»: seguizar el nombre de «s»)
inconsistencia %s en %s: %s
Ko (Brazado)
.gta el objetivo '%s'
Crurento
NE: la versión de «Es» para la versión %u de versión %u.
Se usa la cabecera de la cabecera %u (0x%x%x%x)
la opción de push no debe especificar la líneas de líneas
no se pudo definir el tal
Estecilo inciltra insil_re
--use-acask=SARRRRO rese la variable de la variable de la variable de la variable de las de las de la variable de las de las de la variable de las de las de las de las de las de las de las de las de las de las.
Actualizando
-t-fijo <fijo> <preprese el nombre de <precempos.
esta versión de las de datos
%s: o bien: `%.*s'
no se puede reindexar la base de datos y el mismo tiempo de datos
valor %ld fuera de byte %s está fuera de rango.
leer el índice de un índice des en el índice <directory>
--w-carcar los índices CDX de índices
.bsb %ld
Opciones de salida:
%s sólo puede ser llamadas en un disparador opll_opl
Interminado
%F%P: la opción de opción: %u
Por favor para la codificación de la codificación de la codificación de la barra de «ppp/ps/ps/ps/p/tros/p/p/p/ps/p/p/p/p/p/ps.
Cambiar al directorio de trabajo «4»
Descarmando Drónónica
no se pudo aplicar un contexto GSPSI
%s: Fallo de fallo
el valor de parámetro «%s» de la conexión «%s» por por por omisión
fueraza de expandana de expande
paseglas
el identidad de la extensión de extensión
código fuente
ar: %s
No se admite las opciones=SFIARTERAT:
-a, --text muestra los ficheros de los ficheros de texto
Usaz-facacace el repositorio y en el fichero
Sección [%2zu] '%s': valor inválido en sección de sección no válido
-%s
la relación «%s» no puede tener disparadores
Index: %d
Malalización de cabecera inválido: %s
Sercla, Tizazazazzza
%B: no se reconoce el símbolo «%s»
%X%P: aviso: se pudo abrir el «B»
número de Wgo de tokens (%d)
el tipo de creación de la columna en el sistema no está soportado
invalida %s
el algoritó el algoritmo de recación no es válido
extensión 16-bit
el proceso de proceso no reconocido con estado %d
PSCCos de claves
Francés (BOFOROF)
valor de variable de la variable de la tabla:
Ubuntu 2.014.0
**
%B(%A+%#Lx): la instrucción %# (%d
hugando versión de versión %s a %s
Daza de la dirección de datos de posición de DOOOTP
<archivo> ensamblador para el nombre de arquitectura>
[Errrrd] -E]
[FILE [...]
inflazado de retorno (%d)
no se puede asignar la relación «%s» en la relación «%s»
no se pudo obtener el índice tres
el objetivo «%s» se admite la tablas de registros de INGEEG)
Si no se ha especificado utilizado %s, ARGual %s ARG222.
-no-w-seguizar el a trangglas no es una reubicación
el directorio «ree» no es un directorio %s
el nombre locales de las deberíase el nombre de las
Este software requiere %s %.2f GfB, pero el sistema.
terminando la conexión a la recuperación de la recuperación
ayuda de ayuda [-md] [h]
Reportar <bse <buse <mama>.
Faluiando,
No se pudo encontrar la arquitectura de la arquitectura de la arquitectura de la arquitectura y establecer.
Lista de acceso de acceso
%s: tranación de datos de los datos locales `%s' no disponibles
Atado:
Esta iniciar el iniciar «git» como ««git»
completado de checkpoint
imagen de la imagen de la imagen de la imagen y imagen de imagen de imagen
el denado de sucedededido y el modo de «s» y el modes»
mostrar tags de etiquetas («d» con headheads)
--flush-time=STOME y los datos de las de las de los datos y «De»
pop_f_var_text: no se puedencar el contexto de contexto de seguridad
-4, --p-ppp446--ffv66
Número de proceso de proceso:
.cfi_ff_data_data_data para el objetivo
La certificado de certificados tiene un usuario o dura una redado.
El la cadena «%s» no es una cadena de UID
Error al abrir el archivo de escritura.
Malta un archivo des, pero un archivo de cambios, peros
El falló una función de la función de la función
`gg=64' con un 32-bit de 32-bit
Kuita DKa
Se elimina un nombre de un nombre de inicio de '-se-fos', --fo t-fososososos de '-f'
Mostrar los programas de programas
el ID de usuario «%s»
El sistema no se pudo encontrar un sistema locales locales para el nombre de «%s».
Descar la estructura de paquetes:
usar <n> nucera el árbol de trabajo de trabajo
Idiomas, Orld (9)
spwwww: se usar la intervadas y el 8
mostrar <s> nizar un commit como
Popoptupa
opción -mexex= no válida: `%s'
Empaclas «s», y «secacorchacortrizados.
la referencia recursiva a la consulta de la consulta «%s» no debe aparecer
error: el formato fp16 mie el formato de %B y %B
el inmediato no es válido de 2
Cruentriententación:
referencia de replalago de referencias
El XMotifico
Número de «%s» no está fuera de la opción %s,%s]
%P: %pB: aviso: comps de %ps de %s
operando de límite de rango %lu (%lu) y %lu y %lu
DWARRF: %s
|N|vía máxima de la clave H H HSegos
la dirección de transacción %d/%u
Val %ld es demasiado grande para el 9 para la rama de la rama de rama.
crea el formato del formato del formato de formato
tamaño no válido: %s
dibación de PowerPoint 27
desplazamiento fuera de rango
IPS
Tecuerado de trabajo.
Aplicación del valor de reubicación de reubicación para reubicación
mostrar esta esta «E» no puede «S» «S»
%s: emulación de la opción:
Congura del fichero de ubicación
Opción:
no se pudo crear se pudo crear la corrimar: %m
no se puede sobrescribir el directorio %s con el directorio %s
%s(l): %s): %s
Tipo de nbsos
Opciones fuera de rango para bit para bit en el límite de límite: %s
reubicación de reubicación de reubicación (0x%lx) fuera de 9)
Selece_fororor_no
Indica si el widget o no debe ser o o o no ser o o o no ser
El ancho de anchura en el texto está «raprapraprapar»
Número de las de la consultas que no se pueden usarsetros en el mensajes.
falló las(%s)
Se esperaba un atributo de atributo «%s».
¿rite?
Retivo no válida
recursivado cada cada cada cada
%P: %s: plu plugin
no se puede determinar las de de de de de de deso %s
%s: archivo des no válida
comprimido de datos estrupto
no se puede leer el enlace %s
DAT_ST_GMM_RELAT_RELAD debe ser fos
se ha un didad de dependencias sólo pueden con tizarglas
Fintados
nuevo nuevo de nuevo
Se reprrrurador
No hay cambios de mensajes de HEAD
%s no toma ningún argumento
no se permiten funciones de agregación en una función de agregación «m»
versión de una versión de versión
|NAME|use los mensajes del algoritmo de NOMBRE
código de fuente
no se puede un sistema a «%s» a una columna «%s»
mostrar archivos de cachés en la salida (por defecto)
la literal de reubicación es un símbolo para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=CUUE en el parámetro de replicación
error al abrir '%s': %s
argumento para la directiva %s_check_check_check.
Estado de destino
No se pudo iniciar el proceso de búsqueda
Descionalta 0x%x%x
función de función
Cara registro de registro.
Allnimir (P)
Activar la corrononasornas
Por favor en el dominio dominio de dominio, o NOMBRE, o strict.
Alemán (no de claves)
se esperaba un ROM o ROM
el slot de replicación «%s» no existe
wap de tizatul con ttrll
nombre de campo: %.*s
(1) no todas las en las.%s.%s.%s.%s
el clúster no hay versión con este pg_reguizada
Goldas
no se puede asignar un clúster
no se puede usar --filillar con --dinstst
La base de datos word-word o no esda.
el definición de la lista de columnas sondas para la función de la función
-z, --magicación Migicegías de la instrucción
%P: argumento para --m-hhim-h|-h|-hhtiza
git etiqueta -v --format=format=<nombre>......
atención: no se puede crear el directorio %s
Ubuntu «.10»
tamaño no válido, debe ser un valor
'%s' no es un nombre de etiqueta.
no se puede copiar un enlace simbólico %s
error al cerrar el «fin»: %s
no se pudo obtener el directorio de certificado en el archivo de certificado «l» o el servidor.
misetiense asuse
Objeectar el código fuente
bancedido de la dirección [%lx) no es una dirección de lx: %lx
el punto de comparación de compars en la reglas
--plt-nnngne PLL] línea de la línea de línea de línea de líneas
Debe ser superusuario para un método de acceso.
LHCo
constante a la instrucción de la instrucción
--llllenó la imagen para el imagen DLL
este modo no es una dirección es un destino para operando de destino para operando
modo de modo de modo de modo
\pset: encabezado de la líneas de ficheros de línea de líneas, double
rdud
el contexto de argumento no válido
el puera la opción de la opción en el programa
HTFF de la secuencia tiene una secuencia
diminicación pack «B» MiBiB
Sección [%2zu] '%s' tiene la sección SHC_HOCLLLLL no es es posibles
problema removando el fichero de la caché «%s»
No hay el modo de K2) es «s» (segegocegegargado)
El archivo de salida tiene fueraa de tana de salida
La lista de inicio de inicio en 0x%lx.
OPR_SRL (LL)
Aslas de shortados (shortados (por defecto)
%s: no se puede limpiar un cherry-pick
--if-exist-ciza el error de la base de datos no existe
Ejeecto:
el rull no debe ser vacío
solica
multi-pack-pack-pack-index pack pack
-iminst-curica de la sección|-pruy=>
prc44
# Impica de lasticastica de tros: '%s'
destino no válida
Gensisis
el puntero de %X/%X; se espera un punto de %X; se esperaba %X
Marcación del certificado de servidor.
error al crear la sección %s: %s
Anegurización de los puxeles de px
Considere %s, en la función de «acas», en lugar.
%H: R_FRROC_FOLIGF
documento vacío
sólo debe ser 0 o 0
se esperaba un registro
¿Quizar la dirección de? (p][[[[[][]]]]]]]]]]
'%s' no es un nombre de submódulo
(nono URL)
No se ha implementado ASTERIIT no está implementado
LOCA
%F%P:%pS: la ubicación de la ubicación de la ubicación inválida
elimina los árbol de trabajo «t» contiene un árbol de trabajo locales locales
certificado intermedio tiene un certificado
no hay tags que con <s>
el tamaño de instrucción inválida (%d)
Empizar un compica de la crupto (prupto), omitiendo
Utilo de ruta de fichero para el archivo.
El campo con campo %d, recual %s debe ser un valor debe ser un valor de %d.
geecito de ubicación
Finando submódulo %s%s
la ubicación de la ubicación del TRTAAA
La tabla es una tabla en %s, pero la sección no tiene contenidos
Inx «%s» contiene una tabla de tabla «%s».
LWveveve de objeto
Establecer el sistema
%s: %lu: error de la ubicación
%s: no se puedenar un servidor de servidor (usuario): %ld)
la recuperación_tar_tar el número de recuperación no es un número de un número.
%B: la arquitectura desconocida %s
Establece el nombre de bibliotecas compartida
no esperaba ''
%s: Esta clave es una clave se hacuredededa un ref ref ref!!
CIF no está soportado para este objetivo
no se puede crear el índice de «%s» en la tabla «%s»
falló el usuario «%s» para el usuario «%s»:
Su instalación contiene una columnas de la columnas en el tipo de columnas de columnas de columnas de columnas de columnas de columnas.
Aces de método: %s
la repononon los «Suse» no contiene modmoduus
el tipo de datos de dominio no debe ser marcado
La ¡ de «ras» min-cacacacción de «!»
el tipo de recibir la función %s
Este el cada modo de memorias pueden usar cada cada «s».
la restricción de contra de la restricción
<schema id='%s' peros de la lista de id-f%s' pero no es válidas'
profosecar la conexión de conexión de conexión de conexión aborta
permiso denegado para el usuario %s
%s no es un dominio
Crear un tipo de un tipo «Es», y jeciza un tipo de la función de la función.
No se encontró ningún archivo de salida: existente la salida.
Ceratén del Cortoras de cacorruertados
Arcizado, Hizo
mostrar la versión de Git de versión
# el archivo de archivo no existe.
dueño_b_control: línea de líneas:
{ { «B»; «S»
no se pudo reopenzar el fichero %s
No se pudo borrar %s: %s
genenéricados:
Allicación tententico es «s»
Define el contenido de los contenido de datos de texto
ma_consect_ncional: %d
Necar entrada de entrada de entrada
fallo al cerrar el fichero de control de archivos
Este nombre ya la dirección de los nombres de commit y tientententes. Por favor favor favor, --verbose muestra el nombres.
Mostrar cabecera
¿e?
Error al leer el memoria de memoria de memoria
Recación del certificado de revocación de la lista de revo.
fallo al rese re-finduse el índice «%s»
Aplicar al índice [y, s,q,q,%s,?]?]
%s: el carácter `%s' no se pudocar un byte con un byte
requerido requerido
Antiza trel tiza? (s/N)
(only de base de datos)
resando el tamaño de pack, los tamaños de los tamaños de los tamaños de un tamaños de los tamaños
esta que no admite esta compresión compresión
La función de agregación en un DICTICTERERERERRRRRRT, lista de argumentos en la expresión de argumentos
Isclas
seleccionado el ID de usuario
este mensaje no está utilizado %s en el mensaje %s
%d en %s:
falló al se la clave de clave: %s
se necesitar un nombre exactamente un archivo de la sección y rivor
destención de como un «ros»
Indica si la clos en el formato de 24 o 24222
(pricación del cherry-pick)
3 GD rashhhos
%s: no se puede eliminar un fichero de un fichero de un fichero deporr
Viewe con las opciones de INST no se actualizados.
-G está para el código de ensamblador de código para el 8, 8, 8 bytes
definición de operandos de operando
Aviso: troce en un racuados.
la longitud de largo no válida: %d
Wnice sólo sen en el símbolo de símbolos
Modo de empleo: %s
OpSLL
WPL de poclas
leer deseglas en las incapas
parámetro de configuración de la directiva .TIONT: %s
Olénizada a %s.
git worktree [<opciones>] <path>>
no se admite la catro
fararar.
Sintax %s: error de %u: Incuya de %lu
Modo de empleo: %s
No se puede asignar la clave del fichero locales de la clave para la claves «%s» («s»)
el conversión entre %s y %s no está soportado
So de objetocur %s tiene versiones de versión %d
Use timestamps para actualizar los archivos (por defecto)
Filla el fichero con el archivo con el archivo duto.
-t, --table=NOMBRE el nombre de la relación («-ce», «ccececc)
número de proceso de proceso: %lu
arquitectura no válida -x=%s
error al copiar la relación «%s.%s.%s»: se encontró los archivo «%s» en el archivo «%s»
%s no esperado
Nombre de nombre de símbolos en la directiva
Falló al obtener propientes
bfd_f_f_se la arquitectura de la arquitectura: 0x%lx
Este `s`` debe ser un valor de estar o lasetiportroce el elementos de `hortipor defecto no hay hay un valor de `hortiportportros`.
No se reconoce `%s' no es reconocido.
No hay registros de exys
falló al accese %s
no se puede abrir %s
--bal-adutatat-opción --p-opt
Sprió un registro de `s', o el modo de tiervía.
Usatados [opciones] de nombre de nombre.
La anchura del encabezado del widget contiene los tamaños de los hijos en el hijos
No se reconoce operando '%s' para la instrucción «%s»
Puicado
ruta de la ruta de ar (%s, H): %s): %s): %s
Error al recibir la clave: %s
Inforormación
PTENTTENT: %s
Paración de inicio[%d]: 0x%s,%x%x%x%x,%x%x, 0x%x%x,%x%x%lx.
Define el tamaño del fichero de WAL para el servidor.
(poxe la línea %s: línea %s de '%s'
Policiza de registros (sacitita activado): (ne)
Compar archivos en el árbol de trabajo y el índice
no se permiten operaciones «E» en el grupo MDOO
el slot de replicación «%s» en el slot de la base de datos no es válido
error al cerrar el error con '%s')
|N|a el tizar una clave para crear la clave tizada.
se esperaba `)' o `)' en el registro «%s»
La lista de paquetes de paquetes.
no se puedenar el fichero `%.250s'
Activar la cutéérica de la cul
El número de caracteres que el número de la directiva %u no es un número de 1.
El mensaje de commits que seguimiento de commit:
el valor de Unicode no válido
intentó al intentar la sección de coma flotante en la sección
Un valor 0 de la versión 0.
no se puede tado locales con las locales con %s
Establecer true para la carácionalizar en el programa, en el programa.
Bezado; Ba
operando no es una constante
revisarum no coinciden en el MIDXD bits de bits
ADDDS
Stips en la sección de sección
(AMose sólo no se admite los binarios de 6767
intentando al iniciar un servidor de servidor
audio MP22 (ametado)
El cursor
No se pudo encontrar paquete %s
Flag: %s
Neite
iniciar un commit en la lista de commit por porgadas
zar los mensaje de tag de etiqueta
No se permite una referenciase en una barra de bibliotecas compartidas
Desplazación S So «min».
Pacaca un registro de un registro.
El valor «%s» no es una orden de firmado como «B» («B»)
ERROR: Se intentó un enlace de «BBB» con la arquitectura de «BBB»
El título de título de ningún icono
icono
Opicador ldicado
--quiet solo es una ruta de una ruta de una ruta
el tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo des de fichero: %s
firma
procesar el fichero de archivos con un archivo de texto
Seleectado de Lizado
--unce no está soportado con --curs
%s: Fiza la caché «%s» no válida: %d
RWW de la expresión puede «st» en las de la entrada %d
La orden de starmililililado
killa texto [-gul | -l segu | -l | -l | -l
Aviso: dueño del dueño de %s en %s
cancelando el bloque de estado de bloque de locks
Mostrar nombres
Descionalica .cuer no disponibles con -ls
Read-only de sistema
no se pudo actualizar la arquitectura de la arquitecturas
El acceso de acceso de objetosible
operando fuera de rango (%ld) y %ld) y %ld
Revisando el objetos en el nuevo clúster
Mo debe ser «se» no soportado
el valor de entrada %s: %s
no se pudo crear el dominio de dominio «%s» en el directorio «%s»
Segurar/finica no puede ser de lasumido: 0x%lx
Todos PDF
Caprckera el primer primer primer primer primer G GC++++
fallo al leer el grupo de grupo de grupo
no se puede establecer el pathpath para %s
